package com.factline.proposal.draft;

import com.factline.temporal.TemporalExpression;
import com.factline.temporal.TemporalResolver;
import com.factline.temporal.TimemlScore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code evaluate-temporal-gold [--errors] [--gold GOLD_DIR] DIR…}: scores the temporal resolver on the
 * {@code temporal} list of each story folder's {@code gold.json} (items {@code file, text, occurrence, type, value}:
 * the {@code occurrence}-th occurrence of {@code text} in {@code file}).
 *
 * <p>Each file is resolved as the app resolves a source, with its published date from {@code sources.tsv} as the
 * reference date; an explicit range counts as its two ends, as TimeML marks them. A gold item is <b>found</b> when a
 * resolver expression overlaps it (one with the same extent is preferred, else the first), its <b>value is right</b>
 * when that expression's TIMEX3 value is the gold value as {@code evaluate-timeml} compares them
 * ({@link TimemlScore#sameValue}), and its <b>type is right</b> likewise. {@code date_time_right} is the share of
 * the DATE and TIME items dated right. A gold item whose text does not occur that often in its file (or whose file
 * is not in {@code sources.tsv}) is a gold error: printed, not counted. {@code --errors} prints each miss, wrong
 * value and wrong type with the resolver's value and explanation. {@code --gold DIR} reads the gold as
 * {@code evaluate-timeline} does, and its stories are totalled apart from those with their own gold.
 */
public final class EvaluateTemporalGoldCommand {

    private static final String USAGE = "usage: evaluate-temporal-gold [--errors] [--gold GOLD_DIR] DIR...";

    private EvaluateTemporalGoldCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        StoryArgs parsed = StoryArgs.parse(args, Set.of("--errors"), USAGE, err);
        if (parsed == null) {
            return 2;
        }
        PrintStream errors = parsed.flags().contains("--errors") ? out : null;
        TemporalResolver resolver = new TemporalResolver();
        Score total = new Score();
        Score own = new Score();
        Score extra = new Score();
        for (Path d : parsed.dirs()) {
            StoryFolder story;
            List<StoryFolder.GoldTimex> gold;
            try {
                story = StoryFolder.load(d, parsed.goldDir());
                gold = story.temporalGold();
            } catch (IOException | RuntimeException e) {
                err.println("error: cannot read " + d + ": " + e.getMessage());
                return 2;
            }
            List<String> report = new ArrayList<>();
            Score s = score(story, gold, resolver, report, errors != null);
            out.println(s.line(story.name()));
            report.forEach(out::println);
            total.add(s);
            if (s.items + s.goldErrors > 0) {
                (parsed.fromGoldDir(story) ? extra : own).add(s);
            }
        }
        parsed.printTotals(out, own.stories, own::line, extra.stories, extra::line, total::line);
        return 0;
    }

    /** Counts for one story or several. */
    static final class Score {
        int stories;
        int items;
        int found;
        int valueRight;
        int typeRight;
        int dayTime;
        int dayTimeRight;
        int goldErrors;

        void add(Score o) {
            stories += o.stories;
            items += o.items;
            found += o.found;
            valueRight += o.valueRight;
            typeRight += o.typeRight;
            dayTime += o.dayTime;
            dayTimeRight += o.dayTimeRight;
            goldErrors += o.goldErrors;
        }

        String line(String name) {
            if (items == 0 && goldErrors == 0) {
                return String.format(Locale.ROOT, "%-22s (no temporal gold)", name);
            }
            return String.format(Locale.ROOT,
                    "%-22s items=%d found=%d (%.0f%%) value_right=%d (%.0f%%) type_right=%d (%.0f%%)"
                            + " date_time_right=%d/%d (%.1f%%) gold_errors=%d",
                    name, items, found, pct(found, items), valueRight, pct(valueRight, items), typeRight, pct(typeRight, items),
                    dayTimeRight, dayTime, pct(dayTimeRight, dayTime), goldErrors);
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : 100.0 * a / b;
        }
    }

    /**
     * Scores one story's temporal gold; adds to {@code report} its gold errors and, with {@code listErrors}, its
     * misses, wrong values and wrong types.
     */
    static Score score(StoryFolder story, List<StoryFolder.GoldTimex> gold, TemporalResolver resolver, List<String> report,
            boolean listErrors) {
        Score s = new Score();
        s.stories = 1;
        Map<String, DraftSource> byFile = new HashMap<>();
        for (DraftSource src : story.sources()) {
            byFile.put(src.id(), src);
        }
        Map<String, List<TemporalExpression>> resolved = new HashMap<>();
        for (StoryFolder.GoldTimex g : gold) {
            DraftSource src = byFile.get(g.file());
            int at = src == null ? -1 : occurrence(src.text(), g.text(), g.occurrence());
            if (at < 0) {
                s.goldErrors++;
                report.add("  GOLD ERROR " + where(g) + (src == null ? ": no such file in sources.tsv" : ": not in the file that often"));
                continue;
            }
            CodePoints cp = new CodePoints(src.text());
            int start = cp.toCodePoint(at);
            int end = cp.toCodePoint(at + g.text().length());
            List<TemporalExpression> found = resolved.computeIfAbsent(src.id(), f -> timeml(resolver, src));
            TemporalExpression e = overlapping(found, start, end);
            boolean dayTime = g.type().equals("DATE") || g.type().equals("TIME");
            s.items++;
            s.dayTime += dayTime ? 1 : 0;
            if (e == null) {
                if (listErrors) {
                    report.add("  MISSED " + where(g) + " gold " + g.type() + " " + g.value());
                }
                continue;
            }
            s.found++;
            boolean valueRight = TimemlScore.sameValue(e.value(), g.value());
            boolean typeRight = e.type().name().equals(g.type());
            s.valueRight += valueRight ? 1 : 0;
            s.dayTimeRight += valueRight && dayTime ? 1 : 0;
            s.typeRight += typeRight ? 1 : 0;
            if (listErrors && (!valueRight || !typeRight)) {
                report.add(String.format(Locale.ROOT, "  %s %s gold %s %s vs \"%s\" %s %s (%s)", valueRight ? "TYPE" : "VALUE", where(g),
                        g.type(), g.value(), oneLine(e.text()), e.type(), e.value(), e.explanation()));
            }
        }
        return s;
    }

    /** The app's expressions for one source, an explicit range replaced by its two ends (as TimeML marks them). */
    private static List<TemporalExpression> timeml(TemporalResolver resolver, DraftSource src) {
        List<TemporalExpression> out = new ArrayList<>();
        for (TemporalResolver.Resolved r : resolver.resolveDetailed(src.text(), src.published())) {
            out.addAll(r.timeml());
        }
        return out;
    }

    /** The expression with exactly this extent, else the first one overlapping it, else null (code point offsets). */
    static @Nullable TemporalExpression overlapping(List<TemporalExpression> found, int start, int end) {
        TemporalExpression first = null;
        for (TemporalExpression e : found) {
            if (e.start() == start && e.end() == end) {
                return e;
            }
            if (first == null && e.start() < end && start < e.end()) {
                first = e;
            }
        }
        return first;
    }

    /** The char index of the {@code n}-th (from 1) occurrence of {@code needle}, or -1. */
    static int occurrence(String text, String needle, int n) {
        if (needle.isEmpty() || n < 1) {
            return -1;
        }
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

    private static String where(StoryFolder.GoldTimex g) {
        return g.file() + " \"" + oneLine(g.text()) + "\"#" + g.occurrence();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
