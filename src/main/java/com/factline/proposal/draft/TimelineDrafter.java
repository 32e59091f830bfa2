package com.factline.proposal.draft;

import com.factline.align.SentenceEmbedder;
import com.factline.temporal.DateValue;
import com.factline.temporal.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drafts a timeline from articles: finds the passages that report a dated happening, groups those of different
 * sources that report the same one, and proposes one event per group, strongest first.
 *
 * <p>Pure Java, deterministic (the same sources in the same order give the same proposals in the same order) and
 * bounded: each passage is embedded once and compared with at most {@value #MAX_CANDIDATES} groups whose dates
 * overlap its own, so the cost grows about linearly with the number of passages.
 */
public final class TimelineDrafter {

    /** Groups one passage is compared with at most. */
    static final int MAX_CANDIDATES = 400;
    /** Passages per source at most (a very long text is cut, not the whole run). */
    static final int MAX_MENTIONS_PER_SOURCE = 400;
    /** Cosine similarity from which two passages of compatible dates report the same happening. */
    static final double SAME_HAPPENING = 0.62;
    /** Each shared name or number adds this much, up to {@value #MAX_SHARED} of them. */
    static final double PARTICIPANT_BONUS = 0.04;
    static final int MAX_SHARED = 3;

    private final SentenceEmbedder embedder;

    public TimelineDrafter(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** The proposed events, strongest first. */
    public List<DraftEvent> draft(List<DraftSource> sources) {
        int[] group = independenceGroups(sources);
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            mentions.addAll(mentionsOf(s, group[s], sources.get(s)));
        }
        List<float[]> vectors = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            vectors.add(embedder.embed(m.quote()));
        }
        List<Cluster> clusters = cluster(mentions, vectors);
        List<DraftEvent> out = new ArrayList<>();
        for (Cluster c : clusters) {
            DraftEvent e = proposal(c, mentions, sources);
            if (e != null) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(DraftEvent::sourceCount).reversed()
                .thenComparing(Comparator.comparingDouble(DraftEvent::confidence).reversed())
                .thenComparing(e -> e.date() == null ? "" : e.date().earliest().toString())
                .thenComparing(DraftEvent::key));
        return out;
    }

    /** Passages of one source that report a dated happening: for now, one per sentence. */
    static List<Mention> mentionsOf(int index, int group, DraftSource source) {
        ContextDates context = ContextDates.of(source.text(), source.published());
        List<Mention> out = new ArrayList<>();
        for (SentenceSplitter.Sentence s : context.sentences()) {
            if (out.size() >= MAX_MENTIONS_PER_SOURCE) {
                break;
            }
            String quote = context.substring(s.start(), s.end());
            if (!EventCues.reportsHappening(quote)) {
                continue;
            }
            Optional<DatedSpan> dated = context.dateAt(s.start(), s.end());
            if (dated.isEmpty()) {
                continue;
            }
            out.add(new Mention(index, group, s.start(), s.end(), quote, dated.get(), EventCues.participants(quote)));
        }
        return out;
    }

    /** A republished copy joins its original's group; both count as one independent source. */
    static int[] independenceGroups(List<DraftSource> sources) {
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            byId.putIfAbsent(sources.get(i).id(), i);
        }
        int[] parent = new int[sources.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < sources.size(); i++) {
            String original = sources.get(i).republishes();
            Integer j = original == null ? null : byId.get(original);
            if (j != null) {
                int a = root(parent, i);
                int b = root(parent, j);
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] out = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            out[i] = root(parent, i);
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** A group of passages that report one happening, with the overlap of their dates. */
    static final class Cluster {
        final List<Integer> members = new ArrayList<>();
        final Set<Integer> sources = new TreeSet<>();
        DateValue date;
        double similarity = 1;

        Cluster(int first, Mention m) {
            members.add(first);
            sources.add(m.source());
            date = m.dated().date();
        }
    }

    /**
     * Greedy grouping in input order: a passage joins the most similar group whose date overlaps its own and which
     * has no passage of its source yet, when the similarity reaches {@link #SAME_HAPPENING}; else it opens a group.
     */
    static List<Cluster> cluster(List<Mention> mentions, List<float[]> vectors) {
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Cluster best = null;
            double bestScore = SAME_HAPPENING;
            int compared = 0;
            for (int c = clusters.size() - 1; c >= 0 && compared < MAX_CANDIDATES; c--) {
                Cluster k = clusters.get(c);
                if (k.sources.contains(m.source()) || k.date.intersect(m.dated().date()) == null) {
                    continue;
                }
                compared++;
                double score = 0;
                for (int j : k.members) {
                    score = Math.max(score, similarity(m, vectors.get(i), mentions.get(j), vectors.get(j)));
                }
                if (score >= bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            if (best == null) {
                clusters.add(new Cluster(i, m));
            } else {
                best.members.add(i);
                best.sources.add(m.source());
                best.date = best.date.intersect(m.dated().date());
                best.similarity = Math.min(best.similarity, bestScore);
            }
        }
        return clusters;
    }

    static double similarity(Mention a, float[] va, Mention b, float[] vb) {
        int shared = 0;
        for (String p : a.participants()) {
            if (b.participants().contains(p)) {
                shared++;
            }
        }
        return SentenceEmbedder.similarity(va, vb) + PARTICIPANT_BONUS * Math.min(shared, MAX_SHARED);
    }

    private static DraftEvent proposal(Cluster c, List<Mention> mentions, List<DraftSource> sources) {
        List<Mention> ms = new ArrayList<>();
        for (int i : c.members) {
            ms.add(mentions.get(i));
        }
        ms.sort(Comparator.comparingInt(Mention::source).thenComparingInt(Mention::start));
        Set<Integer> groups = new TreeSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        boolean ownDate = false;
        for (Mention m : ms) {
            groups.add(m.group());
            outlets.add(sources.get(m.source()).outlet());
            ownDate |= m.dated().basis() != DatedSpan.Basis.PUBLICATION;
        }
        if (!ownDate && groups.size() < 2) {
            // A lone statement dated only by its publication is not a happening worth proposing.
            return null;
        }
        List<DraftPassage> passages = new ArrayList<>();
        for (Mention m : ms) {
            passages.add(new DraftPassage(sources.get(m.source()).id(), m.start(), m.end(), m.quote(), m.dated().date(),
                    m.dated().explanation()));
        }
        Mention clearest = ms.stream()
                .min(Comparator.comparing((Mention m) -> m.dated().basis()).thenComparingInt(m -> m.quote().length()))
                .orElseThrow();
        String title = title(clearest.quote());
        double confidence = Math.min(1.0, 0.25 + 0.2 * (groups.size() - 1) + 0.3 * (ms.size() > 1 ? c.similarity : 0.5));
        String explanation = ms.size() == 1
                ? "Reported by " + outlets.iterator().next() + " only."
                : "Reported by " + groups.size() + " independent source" + (groups.size() == 1 ? "" : "s") + " ("
                        + String.join(", ", outlets) + ") in passages of similar content whose dates agree.";
        return new DraftEvent(key(passages), title, c.date, null, confidence, groups.size(), passages, explanation);
    }

    /** The passage cut to a headline's length at a word boundary. */
    static String title(String quote) {
        String t = quote.strip().replaceAll("\\s+", " ");
        if (t.length() <= 100) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 100);
        return t.substring(0, cut > 40 ? cut : 100) + " \u2026";
    }

    /** A fingerprint of the passages' sources and normalised quotes. */
    static String key(List<DraftPassage> passages) {
        List<String> parts = new ArrayList<>();
        for (DraftPassage p : passages) {
            parts.add(p.sourceId() + "\u0000" + p.quote().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
        }
        parts.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
