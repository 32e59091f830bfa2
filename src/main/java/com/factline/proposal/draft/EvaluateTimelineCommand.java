package com.factline.proposal.draft;

import com.factline.align.AlignSentences;
import com.factline.align.MiniLmEmbedder;
import com.factline.align.SentenceEmbedder;
import com.factline.temporal.DateValue;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code evaluate-timeline [--show] DIR…}: drafts the timeline of each story folder and scores the proposals
 * against the folder's gold {@code events}.
 *
 * <p>A gold event is <b>found</b> when a proposal whose date overlaps the gold date contains a passage overlapping
 * one of the event's reporting quotes; its <b>date is right</b> when such a proposal's date lies inside the gold
 * date. <b>Sources covered</b> counts, for events reported by several articles, the reports that sit in the best
 * matching proposal. <b>Proposals per event</b> counts the proposals holding any of the event's reports (the goal
 * is at most 2). <b>Grouping precision</b> judges the joins: of the passages in each gold event's best matching
 * proposal, the share that come from an article whose report of that event is in that proposal (the report itself
 * or another sentence of the same article, which the gold, one quote per article, does not list); a passage of any
 * other article was joined wrongly. How many are the reports themselves is printed too. Folders without gold are
 * drafted and counted only.
 *
 * <p>{@code --gold DIR} takes a story's gold from {@code DIR/<story folder name>/gold.json} where that file exists
 * (gold kept outside the data set and the repository); the figures of those stories are then totalled apart from
 * those scored against the folders' own gold, so a new gold set is never mixed into the dev figures unseen.
 */
public final class EvaluateTimelineCommand {

    private static final String USAGE = "usage: evaluate-timeline [--show] [--gold GOLD_DIR] DIR...";

    private EvaluateTimelineCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        StoryArgs parsed = StoryArgs.parse(args, Set.of("--show"), USAGE, err);
        if (parsed == null) {
            return 2;
        }
        boolean show = parsed.flags().contains("--show");
        Path goldDir = parsed.goldDir();
        List<Path> dirs = parsed.dirs();
        // as in the app, where each source's sentence vectors are stored at import
        SentenceEmbedder model = MiniLmEmbedder.shared();
        TimelineDrafter drafter = new TimelineDrafter(model, src -> AlignSentences.of(src.text(), model));
        Score total = new Score();
        Score own = new Score();
        Score extra = new Score();
        int ownStories = 0;
        int extraStories = 0;
        for (Path d : dirs) {
            StoryFolder story;
            try {
                story = StoryFolder.load(d, goldDir);
            } catch (IOException | RuntimeException e) {
                err.println("error: cannot read " + d + ": " + e.getMessage());
                return 2;
            }
            long t0 = System.nanoTime();
            TimelineDrafter.Draft draft = drafter.draftAll(story.sources());
            List<DraftEvent> proposals = draft.shown();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Score s = score(story, proposals, show ? out : null);
            s.millis = ms;
            s.hidden = draft.hidden();
            out.println(s.line(story.name()));
            if (show) {
                int no = 0;
                for (DraftEvent e : proposals) {
                    out.printf(Locale.ROOT, "    proposal #%d %s  %d src  %.2f  %s%s%n", ++no, e.date() == null ? "-" : e.date().edtf(),
                            e.sourceCount(), e.confidence(), e.title(), e.dateConflict() == null ? "" : "  [" + e.dateConflict() + "]");
                    out.println("        why: " + e.explanation());
                    for (DraftPassage p : e.passages()) {
                        out.printf(Locale.ROOT, "        %s %s: %s  (%s)%n", p.sourceId(), p.date() == null ? "-" : p.date().edtf(),
                                TimelineDrafter.title(p.quote()), p.explanation());
                    }
                }
            }
            total.add(s);
            if (parsed.fromGoldDir(story)) {
                extra.add(s);
                extraStories++;
            } else if (story.goldFile() != null) {
                own.add(s);
                ownStories++;
            }
        }
        parsed.printTotals(out, ownStories, own::line, extraStories, extra::line, total::line);
        return 0;
    }

    /** Counts for one story or several. */
    static final class Score {
        int articles;
        int proposals;
        int events;
        int found;
        int dateRight;
        int multiReports;
        int multiCovered;
        int overTwo;
        int maxPerEvent;
        int hidden;
        /** Passages in the best matching proposals of the gold events, and how many of them report that event. */
        int grouped;
        int groupedRight;
        /** Of those, the passages that are the gold report itself (not another sentence of a reporting article). */
        int groupedExact;
        long millis;

        void add(Score o) {
            articles += o.articles;
            proposals += o.proposals;
            events += o.events;
            found += o.found;
            dateRight += o.dateRight;
            multiReports += o.multiReports;
            multiCovered += o.multiCovered;
            overTwo += o.overTwo;
            maxPerEvent = Math.max(maxPerEvent, o.maxPerEvent);
            hidden += o.hidden;
            grouped += o.grouped;
            groupedRight += o.groupedRight;
            groupedExact += o.groupedExact;
            millis += o.millis;
        }

        String line(String name) {
            if (events == 0) {
                return String.format(Locale.ROOT, "%-22s articles=%d proposals=%d hidden_background=%d (no gold events) time_ms=%d",
                        name, articles, proposals, hidden, millis);
            }
            return String.format(Locale.ROOT,
                    "%-22s articles=%d gold_events=%d found=%d (%.0f%%) date_right=%d (%.0f%%) sources_covered=%d/%d (%.0f%%)"
                            + " grouping_precision=%d/%d (%.0f%%; the reports themselves %d)"
                            + " events_over_2_proposals=%d max_proposals_per_event=%d proposals=%d hidden_background=%d time_ms=%d",
                    name, articles, events, found, pct(found, events), dateRight, pct(dateRight, events), multiCovered,
                    multiReports, pct(multiCovered, multiReports), groupedRight, grouped, pct(groupedRight, grouped), groupedExact,
                    overTwo, maxPerEvent, proposals, hidden, millis);
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : 100.0 * a / b;
        }
    }

    static Score score(StoryFolder story, List<DraftEvent> proposals, PrintStream show) {
        Score s = new Score();
        s.articles = story.sources().size();
        s.proposals = proposals.size();
        Map<String, DraftSource> byFile = new HashMap<>();
        for (DraftSource src : story.sources()) {
            byFile.put(src.id(), src);
        }
        for (StoryFolder.GoldEvent g : story.gold()) {
            s.events++;
            List<int[]> spans = new ArrayList<>();
            List<Integer> spanReport = new ArrayList<>();
            for (int r = 0; r < g.reports().size(); r++) {
                StoryFolder.GoldReport rep = g.reports().get(r);
                DraftSource src = byFile.get(rep.file());
                if (src == null) {
                    continue;
                }
                CodePoints cp = new CodePoints(src.text());
                for (int at = src.text().indexOf(rep.quote()); at >= 0; at = src.text().indexOf(rep.quote(), at + 1)) {
                    spans.add(new int[] {r, cp.toCodePoint(at), cp.toCodePoint(at + rep.quote().length())});
                    spanReport.add(r);
                }
            }
            int holding = 0;
            boolean found = false;
            boolean right = false;
            int bestCovered = 0;
            DraftEvent best = null;
            for (DraftEvent e : proposals) {
                boolean[] covered = new boolean[g.reports().size()];
                int n = 0;
                for (DraftPassage p : e.passages()) {
                    for (int[] sp : spans) {
                        String file = g.reports().get(sp[0]).file();
                        if (p.sourceId().equals(file) && p.start() < sp[2] && p.end() > sp[1] && !covered[sp[0]]) {
                            covered[sp[0]] = true;
                            n++;
                        }
                    }
                }
                if (n == 0) {
                    continue;
                }
                holding++;
                DateValue d = e.date();
                boolean fits = d != null && !d.earliest().isAfter(g.latest()) && !d.latest().isBefore(g.earliest());
                boolean inside = d != null && !d.earliest().isBefore(g.earliest()) && !d.latest().isAfter(g.latest());
                if (fits) {
                    found = true;
                    right |= inside;
                    if (n > bestCovered || (n == bestCovered && inside)) {
                        bestCovered = n;
                        best = e;
                    }
                }
            }
            if (found) {
                s.found++;
            }
            if (right) {
                s.dateRight++;
            }
            if (g.reports().size() > 1) {
                s.multiReports += g.reports().size();
                s.multiCovered += bestCovered;
            }
            List<DraftPassage> strays = new ArrayList<>();
            if (best != null) {
                Set<String> reporting = new HashSet<>();
                for (DraftPassage p : best.passages()) {
                    if (reports(p, spans, g)) {
                        reporting.add(p.sourceId());
                    }
                }
                for (DraftPassage p : best.passages()) {
                    s.grouped++;
                    if (reports(p, spans, g)) {
                        s.groupedExact++;
                        s.groupedRight++;
                    } else if (reporting.contains(p.sourceId())) {
                        s.groupedRight++;
                    } else {
                        strays.add(p);
                    }
                }
            }
            if (holding > 2) {
                s.overTwo++;
            }
            s.maxPerEvent = Math.max(s.maxPerEvent, holding);
            if (show != null) {
                show.printf(Locale.ROOT, "  gold %s %s..%s %s: %s, date %s, %d/%d reports in best, %d proposals hold reports%s%n",
                        g.id(), g.earliest(), g.latest(), g.title(), found ? "found" : "MISSED", right ? "right" : "WRONG",
                        bestCovered, g.reports().size(), holding,
                        best == null ? "" : " -> " + (best.date() == null ? "-" : best.date().edtf()) + " " + best.title());
                for (int[] sp : spans) {
                    String file = g.reports().get(sp[0]).file();
                    StringBuilder where = new StringBuilder();
                    for (int pi = 0; pi < proposals.size(); pi++) {
                        for (DraftPassage p : proposals.get(pi).passages()) {
                            if (p.sourceId().equals(file) && p.start() < sp[2] && p.end() > sp[1]) {
                                where.append(" #").append(pi + 1).append(proposals.get(pi) == best ? "(best)" : "");
                                break;
                            }
                        }
                    }
                    show.printf(Locale.ROOT, "      %s \"%s\" in proposal%s%n", file, g.reports().get(sp[0]).quote(),
                            where.isEmpty() ? " none" : where);
                }
                for (DraftPassage p : strays) {
                    show.printf(Locale.ROOT, "      joined wrongly: %s %s%n", p.sourceId(), TimelineDrafter.title(p.quote()));
                }
            }
        }
        return s;
    }

    /** True when the passage overlaps one of the gold event's reporting quotes (spans: report index, start, end). */
    private static boolean reports(DraftPassage p, List<int[]> spans, StoryFolder.GoldEvent g) {
        for (int[] sp : spans) {
            if (p.sourceId().equals(g.reports().get(sp[0]).file()) && p.start() < sp[2] && p.end() > sp[1]) {
                return true;
            }
        }
        return false;
    }
}
