package com.factline.align;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Computes a value once for callers that ask for the same key at the same time, and remembers the last
 * {@code capacity} results: the others wait for the one computation instead of repeating it. After an
 * import, the vector job, the discrepancy refresh and the proposal refresh all ask for the new text's
 * sentence vectors at once; without this each ran the model. Bounded: at most {@code capacity} results
 * are kept (least recently used go first), and a computation's failure reaches every waiting caller
 * and is not remembered.
 */
final class ComputedOnce<K, V> {

    /** A value, and whether this caller computed it (and so should store it) or got another's. */
    record Result<V>(V value, boolean computedHere) {
    }

    private final Map<K, CompletableFuture<V>> running = new HashMap<>();
    private final LinkedHashMap<K, V> recent;

    ComputedOnce(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    Result<V> get(K key, Supplier<V> compute) {
        CompletableFuture<V> flight;
        boolean mine;
        synchronized (this) {
            V known = recent.get(key);
            if (known != null) {
                return new Result<>(known, false);
            }
            flight = running.get(key);
            mine = flight == null;
            if (mine) {
                flight = new CompletableFuture<>();
                running.put(key, flight);
            }
        }
        if (!mine) {
            try {
                return new Result<>(flight.join(), false);
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        try {
            V value = compute.get();
            synchronized (this) {
                recent.put(key, value);
            }
            flight.complete(value);
            return new Result<>(value, true);
        } catch (RuntimeException | Error e) {
            flight.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                running.remove(key);
            }
        }
    }

    synchronized int remembered() {
        return recent.size();
    }
}
