package com.factline.collab;

import com.factline.base.FactlineException;

/** Editing someone else's comment, or deleting it without being an admin. */
class NotYourCommentException extends FactlineException {

    NotYourCommentException(String message) {
        super("forbidden", message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
