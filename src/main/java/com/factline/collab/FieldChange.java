package com.factline.collab;

import org.jspecify.annotations.Nullable;

/**
 * One field of one change, for people: {@code label} "Title", {@code oldValue} and
 * {@code newValue} as they read ("17 March 2023", "#3, #5", "needs re-verification"); null when
 * the field was not set before (a create) or is gone after (a delete). {@code field} is the key
 * in the audit entry's JSON.
 */
public record FieldChange(String field, String label, @Nullable String oldValue, @Nullable String newValue) {
}
