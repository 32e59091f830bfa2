package com.factline.base;

public class PayloadTooLargeException extends FactlineException {

    public PayloadTooLargeException(String message) {
        super("too_large", message);
    }

    @Override
    public int httpStatus() {
        return 413;
    }
}
