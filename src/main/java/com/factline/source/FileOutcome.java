package com.factline.source;

import org.jspecify.annotations.Nullable;

/** What became of one file of a batch (or one entry of a zip): imported, a duplicate, or refused with its reason. */
public record FileOutcome(String fileName, Status status, String message, @Nullable SourceSummary source) {

    public enum Status { IMPORTED, DUPLICATE, REFUSED }

    FileOutcome renamed(String name) {
        return new FileOutcome(name, status, message, source);
    }
}
