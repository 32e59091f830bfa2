package com.factline.base;

/** Input that cannot be accepted as it is; nothing was changed. */
public class InvalidInputException extends FactlineException {

    public InvalidInputException(String message) {
        super("invalid_input", message);
    }

    public InvalidInputException(String error, String message) {
        super(error, message);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
