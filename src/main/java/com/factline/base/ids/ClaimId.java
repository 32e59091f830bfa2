package com.factline.base.ids;

/**
 * A claim's id. In the shared kernel, not in the claim module, so that modules the claim module
 * depends on (timeline moves claims between events) can name a claim by its type without a
 * dependency cycle. Serialises as a bare number.
 */
public record ClaimId(@com.fasterxml.jackson.annotation.JsonValue long value) {

    /** Raw ids (from JSON or a form) as claim ids, in their order. */
    public static java.util.List<ClaimId> all(java.util.Collection<Long> ids) {
        return ids.stream().map(ClaimId::new).toList();
    }

    /** The raw values, in order (for the API's JSON and the audit log's shape). */
    public static java.util.List<Long> values(java.util.Collection<ClaimId> ids) {
        return ids.stream().map(ClaimId::value).toList();
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
