package com.factline.project;

public record ProjectId(@com.fasterxml.jackson.annotation.JsonValue long value) {

    public static ProjectId of(long value) {
        return new ProjectId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
