package com.factline.base;

/** Missing, or not visible to the signed-in user: both look the same from outside. */
public class NotFoundException extends FactlineException {

    public NotFoundException(String message) {
        super("not_found", message);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
