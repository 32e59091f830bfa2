package com.factline.discrepancy;

import com.factline.discrepancy.detect.DetectClaim;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fingerprint of exactly what the detectors read from a project: per source its id, text hash, outlet, title,
 * publication date and original (the independence key); per claim its id, source, span, event and date — not its
 * statement, status or version, which no detector reads. {@link DiscrepancyStore#detectorInput} computes the same
 * fingerprint in SQL, without reading a text, so the background refresh can tell that its input is the one of its
 * last run. Built here from the rows a run actually read; when the two ever disagree (a format the database writes
 * differently), the only cost is a run that could have been skipped.
 */
final class DetectorInput {

    private final MessageDigest sources = md5();
    private boolean firstSource = true;

    /** One source row, in the order of {@link DiscrepancyStore#detectorInput}'s (publication date, id). */
    void source(long id, String sha256, @Nullable String outlet, @Nullable String title, @Nullable LocalDate published,
                long original) {
        String row = id + ":" + sha256 + ":" + hex(outlet == null ? "" : outlet) + ":" + hex(title == null ? "" : title) + ":"
                + (published == null ? "" : published.toString()) + ":" + original;
        sources.update(((firstSource ? "" : ",") + row).getBytes(StandardCharsets.UTF_8));
        firstSource = false;
    }

    /** The fingerprint with the claims (in id order, as the detectors read them): the sources' half, then the claims'. */
    String with(List<DetectClaim> claimRows) {
        return HexFormat.of().formatHex(sources.digest()) + claimsPart(claimRows);
    }

    /** The claims' half of the fingerprint. */
    static String claimsPart(List<DetectClaim> claimRows) {
        StringBuilder b = new StringBuilder();
        for (DetectClaim c : claimRows) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(c.id()).append(':').append(c.documentId()).append(':').append(c.start()).append(':').append(c.end()).append(':')
                    .append(c.eventId() == null ? "" : c.eventId()).append(':')
                    .append(c.earliest() == null ? "" : c.earliest().toString()).append(':')
                    .append(c.latest() == null ? "" : c.latest().toString());
        }
        return HexFormat.of().formatHex(md5().digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The sources' half of a fingerprint (this class's, or {@link DiscrepancyStore#detectorInput}'s). */
    static String sourcesPart(String fingerprint) {
        return fingerprint.substring(0, Math.min(32, fingerprint.length()));
    }

    static String hex(String s) {
        return HexFormat.of().formatHex(md5().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest md5() {
        try {
            // not a security use: a change detector over the project's own rows
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
