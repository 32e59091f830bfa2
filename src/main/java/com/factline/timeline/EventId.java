package com.factline.timeline;

public record EventId(@com.fasterxml.jackson.annotation.JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
