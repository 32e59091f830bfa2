package com.factline.source;

import com.factline.base.FactlineException;

/** A page could not be fetched: refused by the rules (400), or the other server failed us (502, 504 on time-out). */
public class FetchFailedException extends FactlineException {

    private final int status;

    FetchFailedException(String error, int status, String message) {
        super(error, message);
        this.status = status;
    }

    static FetchFailedException refused(String message) {
        return new FetchFailedException("fetch_refused", 400, message);
    }

    static FetchFailedException failed(String message) {
        return new FetchFailedException("fetch_failed", 502, message);
    }

    static FetchFailedException timedOut(String message) {
        return new FetchFailedException("fetch_timeout", 504, message);
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
