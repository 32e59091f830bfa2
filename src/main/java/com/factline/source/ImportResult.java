package com.factline.source;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An imported source with where each of its metadata fields came from ("title" → JSON-LD, …) and
 * the snapshot it was extracted from, if any.
 */
public record ImportResult(Source source, Map<String, Provenance> provenance, @Nullable SnapshotInfo snapshot) {
}
