package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the resolver over the five sample articles and compares with a hand-made gold list of every
 * dated expression (temporal/gold.tsv). A gold item counts as found when some returned expression
 * overlaps its span and has exactly the gold interval.
 */
class GoldArticlesTest {

    private record Gold(String file, int start, int end, String text, LocalDate earliest, LocalDate latest) {
    }

    private final TemporalResolver resolver = new TemporalResolver();

    private static List<Gold> gold() {
        List<Gold> out = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (String line : SeedArticles.resource("/temporal/gold.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            String text = texts.computeIfAbsent(c[0], SeedArticles::read);
            int ctx = text.indexOf(c[1]);
            assertTrue(ctx >= 0, "gold context not found: " + c[1]);
            assertEquals(-1, text.indexOf(c[1], ctx + 1), "gold context not unique: " + c[1]);
            int s = ctx + c[1].indexOf(c[2]);
            int e = s + c[2].length();
            out.add(new Gold(c[0], text.codePointCount(0, s), text.codePointCount(0, e), c[2],
                    LocalDate.parse(c[3]), LocalDate.parse(c[4])));
        }
        return out;
    }

    @Test
    void shouldFindAtLeast95PercentOfGoldExpressionsWithCorrectInterval() {
        List<Gold> gold = gold();
        Map<String, LocalDate> published = SeedArticles.publicationDates();
        Map<String, List<TemporalExpression>> results = new HashMap<>();
        for (String file : published.keySet()) {
            results.put(file, resolver.resolve(SeedArticles.read(file), published.get(file)));
        }
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Gold g : gold) {
            boolean hit = results.get(g.file()).stream().anyMatch(e -> overlaps(e, g)
                    && g.earliest().equals(e.earliest()) && g.latest().equals(e.latest()));
            if (hit) {
                found++;
            } else {
                missed.add(g.file().substring(0, 3) + " '" + g.text() + "' expected " + g.earliest() + ".." + g.latest());
            }
        }
        int dated = 0;
        int correct = 0;
        List<String> spurious = new ArrayList<>();
        for (Map.Entry<String, List<TemporalExpression>> entry : results.entrySet()) {
            for (TemporalExpression e : entry.getValue()) {
                if (e.earliest() == null) {
                    continue;
                }
                dated++;
                boolean ok = gold.stream().anyMatch(g -> g.file().equals(entry.getKey()) && overlaps(e, g)
                        && g.earliest().equals(e.earliest()) && g.latest().equals(e.latest()));
                if (ok) {
                    correct++;
                } else {
                    spurious.add(entry.getKey().substring(0, 3) + " '" + e.text() + "' " + e.earliest() + ".."
                            + e.latest());
                }
            }
        }
        double recall = found / (double) gold.size();
        double precision = dated == 0 ? 0 : correct / (double) dated;
        System.out.printf("gold recall %d/%d = %.3f, precision %d/%d = %.3f%n", found, gold.size(), recall,
                correct, dated, precision);
        missed.forEach(m -> System.out.println("  missed: " + m));
        spurious.forEach(s -> System.out.println("  not in gold: " + s));
        assertTrue(recall >= 0.95, "recall " + recall + " missed " + missed);
        assertTrue(precision >= 0.85, "precision " + precision + " spurious " + spurious);
    }

    @Test
    void shouldNeverReturnModalMayAsDate() {
        for (Map.Entry<String, LocalDate> entry : SeedArticles.publicationDates().entrySet()) {
            String text = SeedArticles.read(entry.getKey());
            for (TemporalExpression e : resolver.resolve(text, entry.getValue())) {
                assertFalse(e.text().matches("(?s).*\\bmay\\b.*"), "modal may returned: " + e);
            }
        }
    }

    @Test
    void shouldReturnOffsetsThatSliceTheExpressionTextByCodePoints() {
        for (Map.Entry<String, LocalDate> entry : SeedArticles.publicationDates().entrySet()) {
            String text = SeedArticles.read(entry.getKey());
            int[] cps = text.codePoints().toArray();
            for (TemporalExpression e : resolver.resolve(text, entry.getValue())) {
                assertEquals(e.text(), new String(cps, e.start(), e.end() - e.start()));
                assertTrue(e.sentenceStart() <= e.start() && e.end() <= e.sentenceEnd(), e.toString());
            }
        }
    }

    private static boolean overlaps(TemporalExpression e, Gold g) {
        return e.start() < g.end() && g.start() < e.end();
    }
}
