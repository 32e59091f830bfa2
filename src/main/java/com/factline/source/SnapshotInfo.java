package com.factline.source;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What is known about a source's kept original, without its bytes. */
public record SnapshotInfo(@Nullable String url, @Nullable String finalUrl, String contentType, Instant fetchedAt, String sha256,
                           int bytes) {
}
