package com.factline.base;

import org.jspecify.annotations.Nullable;

/**
 * Somebody else changed the row first (stale {@code version}), or the change contradicts the
 * current state. {@code current} carries the row as it is now, so the client can show both.
 */
public class ConflictException extends FactlineException {

    private final transient @Nullable Object current;

    public ConflictException(String message, @Nullable Object current) {
        super("conflict", message);
        this.current = current;
    }

    public ConflictException(String error, String message, @Nullable Object current) {
        super(error, message);
        this.current = current;
    }

    public @Nullable Object current() {
        return current;
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
