package com.factline.collab;

public record CommentId(@com.fasterxml.jackson.annotation.JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
