package com.factline.base.ids;

/**
 * A claim's id. In the shared kernel, not in the claim module, so that modules the claim module
 * depends on (timeline moves claims between events) can name a claim by its type without a
 * dependency cycle. Serialises as a bare number.
 */
public record ClaimId(@com.fasterxml.jackson.annotation.JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
