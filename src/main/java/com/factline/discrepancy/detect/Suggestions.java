package com.factline.discrepancy.detect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Builds suggestions consistently: spans sorted and de-duplicated, fingerprint from normalised content only. */
final class Suggestions {
    private Suggestions() {
    }

    static Suggestion create(Corpus corpus, SuggestionKind kind, List<Span> spans, String reason) {
        return create(corpus, kind, spans, List.of(), null, reason);
    }

    static Suggestion create(Corpus corpus, SuggestionKind kind, List<Span> spans, List<String> claimIds,
                             String eventId, String reason) {
        List<Span> sorted = new ArrayList<>(new LinkedHashSet<>(spans));
        sorted.sort(Comparator.<Span>comparingInt(s -> order(corpus, s.documentId()))
                .thenComparingInt(Span::start).thenComparingInt(Span::end));
        return new Suggestion(kind, sorted, claimIds, eventId, reason, fingerprint(kind, sorted));
    }

    private static int order(Corpus corpus, String docId) {
        DocText d = corpus.byId.get(docId);
        return d == null ? Integer.MAX_VALUE : d.order;
    }

    /**
     * Offsets are left out on purpose: re-importing a document with a changed header must not resurrect a
     * suggestion the editor already dismissed for the same wording.
     */
    static String fingerprint(SuggestionKind kind, List<Span> spans) {
        List<String> parts = new ArrayList<>();
        for (Span s : spans) {
            parts.add(s.documentId() + "\u0001" + normalise(s.text()));
        }
        parts.sort(null);
        StringBuilder sb = new StringBuilder(kind.name());
        for (String p : parts) {
            sb.append('\u0002').append(p);
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalise(String s) {
        return Words.foldPunctuation(s).toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", " ").trim();
    }

    static String quoted(String s) {
        return "“" + s + "”";
    }

    static String shorten(String s, int max) {
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() <= max ? t : t.substring(0, max - 1).trim() + "…";
    }
}
