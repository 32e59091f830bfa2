package com.factline.discrepancy;

public record DiscrepancyId(@com.fasterxml.jackson.annotation.JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
