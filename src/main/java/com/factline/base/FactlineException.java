package com.factline.base;

/**
 * A failure the user can act on. {@code error} is a stable machine-readable code, the message
 * is shown to people as it is.
 */
public abstract class FactlineException extends RuntimeException {

    private final String error;

    protected FactlineException(String error, String message) {
        super(message);
        this.error = error;
    }

    public String error() {
        return error;
    }

    /** HTTP status the API answers with. */
    public abstract int httpStatus();
}
