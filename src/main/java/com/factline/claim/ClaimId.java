package com.factline.claim;

public record ClaimId(@com.fasterxml.jackson.annotation.JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
