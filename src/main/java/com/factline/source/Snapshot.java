package com.factline.source;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The page or file a source was extracted from, byte for byte as it was received: claims anchor
 * to the text extracted from it, so a page that changes later does not move them.
 *
 * @param url      the address asked for (null for an uploaded file)
 * @param finalUrl where the redirects ended
 */
public record Snapshot(@Nullable String url, @Nullable String finalUrl, String contentType, Instant fetchedAt, byte[] body,
                       String sha256) {

    static Snapshot of(@Nullable String url, @Nullable String finalUrl, String contentType, Instant at, byte[] body) {
        return new Snapshot(url, finalUrl, contentType, at, body, sha256(body));
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
