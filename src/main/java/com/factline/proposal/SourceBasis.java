package com.factline.proposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a proposal's dates and source count rest on: for each of its sources, the publication date that relative
 * dates were resolved against and the source it republishes. A proposal computed on one basis is stale once the
 * basis differs (an editor corrected a publication date, marked a wire copy, or a source is gone): accepting it
 * would file dates the drafter no longer gives.
 */
final class SourceBasis {

    /**
     * The facts about one source that a proposal depends on, by text hash rather than id so that a basis survives a
     * backup and restore; texts never change, so the hash names the source for good.
     */
    record Facts(String sha256, @Nullable LocalDate published, @Nullable String republishesSha256) {
    }

    private SourceBasis() {
    }

    /**
     * A short fingerprint of the facts of the given sources; {@code missing} ids (deleted sources) make it differ
     * from any basis computed while they existed.
     */
    static String of(Collection<Long> sourceIds, Map<Long, Facts> facts) {
        TreeMap<String, String> lines = new TreeMap<>();
        for (Long id : sourceIds) {
            Facts f = facts.get(id);
            if (f == null) {
                lines.put("source " + id, "gone");
            } else {
                lines.put(f.sha256(), f.published() + "/" + f.republishesSha256());
            }
        }
        StringBuilder s = new StringBuilder();
        lines.forEach((id, line) -> s.append(id).append('=').append(line).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
