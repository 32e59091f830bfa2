package com.factline.discrepancy;

import com.factline.discrepancy.detect.DiscrepancyDetector;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The last text analysis of a few projects, kept while their texts stay exactly the same (issue #18): an editor's new
 * claim, or a claim moved to an event, changes only the claims, and the suggestion refresh that follows then reads
 * neither the texts nor their sentence vectors and runs only what depends on claims. Keyed by the database's
 * fingerprint of the detectors' source rows ({@link DiscrepancyStore#detectorInput}), so a text changed on any
 * instance is never served from here. Bounded by the characters of text kept, the least recently used dropped first,
 * and held softly: under memory pressure the collector drops them (a run then analyses the texts again) before a run
 * could fail for want of memory.
 */
final class KeptAnalyses {

    /** At most this many characters of text are kept, over all projects (a few tens of MB at worst). */
    static final long MAX_CHARS = 1_000_000;

    /**
     * One project's analysis: the database's fingerprint of the source rows it was built from, the same fingerprint
     * as computed from the rows read (the first half of {@link DetectorInput}'s), and the analysis.
     */
    record Kept(String sourcesVersion, String sourcesInput, DiscrepancyDetector.Analysis analysis) {
    }

    /** What is held per project: the analysis softly, its size for the bound. */
    private record Held(String sourcesVersion, String sourcesInput, java.lang.ref.SoftReference<DiscrepancyDetector.Analysis> analysis,
                        long chars) {
    }

    private final long maxChars;
    private final Map<Long, Held> byProject = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    KeptAnalyses() {
        this(MAX_CHARS);
    }

    KeptAnalyses(long maxChars) {
        this.maxChars = maxChars;
    }

    /** The project's analysis if it was built from source rows with this fingerprint; else null. */
    synchronized @Nullable Kept get(long project, String sourcesVersion) {
        Held h = byProject.get(project);
        if (h == null || !h.sourcesVersion().equals(sourcesVersion)) {
            return null;
        }
        DiscrepancyDetector.Analysis a = h.analysis().get();
        if (a == null) {
            byProject.remove(project); // collected under memory pressure
            chars -= h.chars();
            return null;
        }
        return new Kept(h.sourcesVersion(), h.sourcesInput(), a);
    }

    /** Keeps the project's analysis in place of its previous one (not at all when it alone exceeds the bound). */
    synchronized void put(long project, Kept kept) {
        Held old = byProject.remove(project);
        if (old != null) {
            chars -= old.chars();
        }
        if (kept.analysis().chars() > maxChars) {
            return;
        }
        byProject.put(project, new Held(kept.sourcesVersion(), kept.sourcesInput(), new java.lang.ref.SoftReference<>(kept.analysis()),
                kept.analysis().chars()));
        chars += kept.analysis().chars();
        var eldest = byProject.entrySet().iterator();
        while (chars > maxChars && eldest.hasNext()) {
            chars -= eldest.next().getValue().chars();
            eldest.remove();
        }
    }

    synchronized int size() {
        return byProject.size();
    }
}
