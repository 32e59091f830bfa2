package com.factline.base;

public class UnsupportedTypeException extends FactlineException {

    public UnsupportedTypeException(String message) {
        super("unsupported_type", message);
    }

    @Override
    public int httpStatus() {
        return 415;
    }
}
