package com.factline.collab;

import com.factline.base.InvalidInputException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a comment can be about; each names the table its targets live in. */
public enum CommentTarget {
    EVENT("event"), CLAIM("claim"), DISCREPANCY("discrepancy");

    private final String table;

    CommentTarget(String table) {
        this.table = table;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A fixed table name, never user input: safe to put into SQL. */
    String table() {
        return table;
    }

    public static CommentTarget parse(@Nullable String s) {
        if (s == null || s.isBlank()) {
            throw new InvalidInputException("Say what the comment is on: targetType event, claim or discrepancy.");
        }
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown targetType \u201c" + s + "\u201d; use event, claim or discrepancy.");
        }
    }
}
