package com.factline.claim;

import com.factline.temporal.TemporalExpression;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The date resolver's suggestions for texts read recently, so that opening an article again does
 * not resolve it again. A result depends only on the text (named by its SHA-256), the publication
 * date and the language, so an entry never goes stale: a source whose date is edited has a new key.
 * Bounded by the number of suggestions held (a crafted text can carry many thousands), least
 * recently used first out; a result larger than the whole budget is computed and not kept.
 */
final class SuggestionCache {

    record Key(String sha256, @Nullable LocalDate publishedOn, String language) {
    }

    private final int maxSuggestions;
    private final LinkedHashMap<Key, List<TemporalExpression>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int held;

    SuggestionCache(int maxSuggestions) {
        this.maxSuggestions = maxSuggestions;
    }

    /** The cached result for the key, or {@code compute}'s (outside the lock: two readers of one new text may both resolve it). */
    List<TemporalExpression> get(Key key, Supplier<List<TemporalExpression>> compute) {
        synchronized (this) {
            List<TemporalExpression> hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        List<TemporalExpression> result = List.copyOf(compute.get());
        // An empty result still saves a resolver run: it counts as one.
        int weight = Math.max(1, result.size());
        if (weight > maxSuggestions) {
            return result;
        }
        synchronized (this) {
            List<TemporalExpression> previous = entries.put(key, result);
            held += weight - (previous == null ? 0 : Math.max(1, previous.size()));
            for (Iterator<Map.Entry<Key, List<TemporalExpression>>> it = entries.entrySet().iterator(); held > maxSuggestions && it.hasNext(); ) {
                Map.Entry<Key, List<TemporalExpression>> eldest = it.next();
                if (eldest.getKey().equals(key)) {
                    continue;
                }
                held -= Math.max(1, eldest.getValue().size());
                it.remove();
            }
        }
        return result;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized int held() {
        return held;
    }
}
