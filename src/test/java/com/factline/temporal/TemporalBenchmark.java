package com.factline.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Throughput check: resolves the sample articles repeated to at least 10 MB of text on one thread.
 * Then resolves one crafted giant sentence of weekdays of 1, 5 and 10 MB: the time per MB must stay
 * flat (linear time), whatever the sentence length.
 * Run with {@code java -cp target/classes:target/test-classes com.factline.temporal.TemporalBenchmark}.
 */
public final class TemporalBenchmark {

    private TemporalBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, LocalDate> dates = SeedArticles.publicationDates();
        List<String> texts = new ArrayList<>();
        List<LocalDate> refs = new ArrayList<>();
        long chars = 0;
        while (chars < 10_000_000L) {
            for (Map.Entry<String, LocalDate> e : dates.entrySet()) {
                String t = SeedArticles.read(e.getKey());
                texts.add(t);
                refs.add(e.getValue());
                chars += t.codePointCount(0, t.length());
            }
        }
        TemporalResolver resolver = new TemporalResolver();
        long sink = 0;
        // Warm-up lets the JIT compile the scanner before timing.
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < texts.size(); i++) {
                sink += resolver.resolve(texts.get(i), refs.get(i)).size();
            }
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                sink += resolver.resolve(texts.get(i), refs.get(i)).size();
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        double perSecond = chars * 1e9 / best;
        System.out.printf("documents=%d chars=%d best_ms=%d chars_per_s=%.0f (%.1f MB/s) [%d]%n", texts.size(),
                chars, best / 1_000_000, perSecond, perSecond / 1e6, sink);
        LocalDate ref = LocalDate.of(2023, 3, 18);
        sink += resolver.resolve(giantWeekdaySentence(1_000_000), ref).size();   // warm-up
        for (int mb : new int[] {1, 5, 10}) {
            String giant = giantWeekdaySentence(mb * 1_000_000);
            long t0 = System.nanoTime();
            int found = resolver.resolve(giant, ref).size();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("giant sentence of weekdays: %d MB, %d expressions, %d ms, %.0f ms/MB%n", mb, found, ms,
                    (double) ms / mb);
        }
    }

    /** One sentence without a full stop, of about {@code chars} chars: weekdays between past and future verbs. */
    static String giantWeekdaySentence(int chars) {
        String[] words = {"Friday", "said", "Monday", "will", "Tuesday", "and", "Sunday", "was", "Wednesday,"};
        StringBuilder sb = new StringBuilder(chars + 16);
        int k = 0;
        while (sb.length() < chars) {
            sb.append(words[k++ % words.length]).append(' ');
        }
        return sb.toString();
    }
}
