package com.factline.temporal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Command line: {@code evaluate-timeml DIR [--errors[=tune|held|all]] [--by-rule[=tune|held|all]]
 * [--types DATE,TIME,...]}.
 *
 * <p>Reads every {@code .tml} file under DIR (sorted by path), runs the resolver on the plain text of
 * {@code <TEXT>} with the document creation time as reference date, and prints TempEval-3 Task A
 * figures (see {@link TimemlScore}) per document and overall. {@code --errors} also lists, per
 * document, the gold expressions missed, the spurious system expressions, the wrong values and the
 * expressions found with the gold value but another extent ({@code EXTENT}: what strict F1 counts against), all
 * errors with a system expression each followed by the resolver's explanation ("why:").
 * {@code --types} restricts gold and system expressions to the given TIMEX3 types (default: all).
 *
 * <p>The documents are split once and for all into a "tune" and a "held" part: every fifth file by
 * sorted path (the 5th, 10th, …) is held, the rest is tuned on. Both parts are scored and printed on
 * their own line, so a rule that helps tune but not held shows up as overfitting. {@code --errors}
 * lists the errors of the tune part only (look at held errors with {@code --errors=held} only to check
 * a finished change, never to write rules from). {@code --by-rule} counts, for the same part, the
 * expressions the resolver gave per kind of explanation (the explanation with its dates, numbers and
 * quoted words left out): how many have the gold value, a wrong value, or no gold expression at all. A
 * rule or an anchoring choice that many expressions pass through shows there with its precision.
 * Exit code 0 on success, 2 on bad arguments or unreadable input.
 */
public final class EvaluateTimemlCommand {

    private static final String USAGE =
            "usage: evaluate-timeml DIR [--errors[=tune|held|all]] [--by-rule[=tune|held|all]]"
                    + " [--types DATE,TIME,DURATION,SET]";

    /** Every {@code HELD_EVERY}-th document by sorted path belongs to the held part. */
    static final int HELD_EVERY = 5;

    private EvaluateTimemlCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String errors = null;
        String byRule = null;
        Set<TimexType> types = EnumSet.allOf(TimexType.class);
        Path dir = null;
        for (int i = args.length > 0 && args[0].equals("evaluate-timeml") ? 1 : 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--errors")) {
                errors = "tune";
            } else if (a.startsWith("--errors=")) {
                errors = a.substring(9);
                if (!errors.equals("tune") && !errors.equals("held") && !errors.equals("all")) {
                    err.println("error: --errors takes tune, held or all; " + USAGE);
                    return 2;
                }
            } else if (a.equals("--by-rule")) {
                byRule = "tune";
            } else if (a.startsWith("--by-rule=")) {
                byRule = a.substring(10);
                if (!byRule.equals("tune") && !byRule.equals("held") && !byRule.equals("all")) {
                    err.println("error: --by-rule takes tune, held or all; " + USAGE);
                    return 2;
                }
            } else if (a.equals("--types") || a.startsWith("--types=")) {
                String v = a.equals("--types") ? (i + 1 < args.length ? args[++i] : "") : a.substring(8);
                types = EnumSet.noneOf(TimexType.class);
                for (String t : v.split(",")) {
                    try {
                        types.add(TimexType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        err.println("error: unknown TIMEX3 type '" + t + "'; " + USAGE);
                        return 2;
                    }
                }
            } else if (a.startsWith("-")) {
                err.println("error: unknown option " + a + "; " + USAGE);
                return 2;
            } else if (dir == null) {
                dir = Path.of(a);
            } else {
                err.println("error: more than one directory; " + USAGE);
                return 2;
            }
        }
        if (dir == null || !Files.isDirectory(dir)) {
            err.println("error: " + (dir == null ? "no directory given" : dir + " is not a directory") + "; " + USAGE);
            return 2;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            err.println("error: cannot list " + dir + ": " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("error: no .tml file under " + dir);
            return 2;
        }
        List<TimemlDocument> docs = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                docs.add(TimemlDocument.parse(dir.relativize(f).toString(),
                        Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                err.println("error: cannot read " + f + ": " + e.getMessage());
                return 2;
            }
        }
        TemporalResolver resolver = new TemporalResolver();
        TimemlScore total = new TimemlScore();
        TimemlScore tune = new TimemlScore();
        TimemlScore held = new TimemlScore();
        int heldDocs = 0;
        // Per kind of explanation: {right, wrong value, spurious}, in order of first appearance.
        Map<String, int[]> rules = new LinkedHashMap<>();
        long nanos = 0;
        long chars = 0;
        out.println("scope: TIMEX3 types " + types + " (the DCT is the reference date and is not scored)");
        for (int d = 0; d < docs.size(); d++) {
            TimemlDocument doc = docs.get(d);
            boolean isHeld = isHeld(d);
            long t0 = System.nanoTime();
            List<TemporalExpression> found = new ArrayList<>();
            for (TemporalResolver.Resolved r : resolver.resolveDetailed(doc.text(), doc.dct())) {
                // TimeML marks the two ends of a range, never the range as one expression.
                found.addAll(r.timeml());
            }
            nanos += System.nanoTime() - t0;
            chars += doc.text().length();
            List<TimemlScore.Span> system = systemSpans(doc.text(), found, types);
            Map<TimemlScore.Span, String> explained = new IdentityHashMap<>();
            if (byRule != null || errors != null) {
                for (int k = 0, j = 0; k < found.size(); k++) {
                    if (types.contains(found.get(k).type())) {
                        explained.put(system.get(j++), found.get(k).explanation());
                    }
                }
            }
            List<TimemlScore.Span> gold = new ArrayList<>();
            for (TimemlDocument.Timex t : doc.gold()) {
                if (t.type() != null && types.contains(parseType(t.type()))) {
                    gold.add(new TimemlScore.Span(t.start(), t.end(), t.text(), t.type(), t.value()));
                }
            }
            TimemlScore score = new TimemlScore();
            List<TimemlScore.Error> errs = score.score(gold, system);
            total.add(score);
            (isHeld ? held : tune).add(score);
            heldDocs += isHeld ? 1 : 0;
            out.println("doc " + doc.name() + (isHeld ? " [held] " : " [tune] ") + score.line());
            if (byRule != null && (byRule.equals("all") || byRule.equals(isHeld ? "held" : "tune"))) {
                countByRule(rules, system, errs, explained);
            }
            if (errors != null && (errors.equals("all") || errors.equals(isHeld ? "held" : "tune"))) {
                for (TimemlScore.Error e : errs) {
                    out.println("  " + describe(e));
                    String why = e.system() == null ? null : explained.get(e.system());
                    if (why != null) {
                        // The resolver's own reason, so that errors can be sorted by cause from this listing.
                        out.println("           why: " + oneLine(why));
                    }
                }
            }
        }
        out.println("tune documents=" + (docs.size() - heldDocs) + " " + tune.line());
        out.println("held documents=" + heldDocs + " " + held.line());
        out.println("overall documents=" + docs.size() + " " + total.line());
        out.printf(Locale.ROOT, "speed chars=%d ms=%d%n", chars, nanos / 1_000_000);
        if (byRule != null) {
            printByRule(rules, byRule, out);
        }
        return 0;
    }

    /** Adds one document's system expressions to the per-explanation counts: right, wrong value, spurious. */
    static void countByRule(Map<String, int[]> rules, List<TimemlScore.Span> system, List<TimemlScore.Error> errs,
            Map<TimemlScore.Span, String> explained) {
        Map<TimemlScore.Span, Integer> wrong = new IdentityHashMap<>();
        for (TimemlScore.Error e : errs) {
            if (e.system() != null && !e.kind().equals("EXTENT")) {
                wrong.put(e.system(), e.kind().equals("SPURIOUS") ? 2 : 1);
            }
        }
        for (TimemlScore.Span s : system) {
            String kind = explanationKind(explained.getOrDefault(s, ""));
            rules.computeIfAbsent(kind, k -> new int[3])[wrong.getOrDefault(s, 0)]++;
        }
    }

    /**
     * An explanation with what changes from one expression to the next left out, so that the expressions
     * one rule or anchoring choice made share it: quoted words become {@code "…"}, weekday names
     * {@code WEEKDAY}, dates {@code DATE}, other numbers {@code N}.
     */
    static String explanationKind(String explanation) {
        String s = QUOTED.matcher(explanation).replaceAll("\"…\"");
        s = WEEKDAY.matcher(s).replaceAll("WEEKDAY");
        return NUMBER.matcher(DATE.matcher(s).replaceAll("DATE")).replaceAll("N");
    }

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{4}(?:-(?:W\\d\\d|Q\\d|H\\d|\\d\\d)(?:-\\d\\d)?)?(?:T[\\d:]+)?\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** Prints the per-explanation counts, the kinds with most errors first. */
    private static void printByRule(Map<String, int[]> rules, String part, PrintStream out) {
        out.println("by rule (" + part + " part): right / wrong value / spurious, precision, explanation");
        rules.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[1] + b.getValue()[2], a.getValue()[1] + a.getValue()[2]))
                .forEach(e -> {
                    int[] c = e.getValue();
                    out.printf(Locale.ROOT, "  rule %4d %4d %4d  %5.1f  %s%n", c[0], c[1], c[2],
                            100.0 * c[0] / (c[0] + c[1] + c[2]), e.getKey());
                });
    }

    /** Whether the document at this index (0-based, files sorted by path) is in the held part. */
    static boolean isHeld(int index) {
        return index % HELD_EVERY == HELD_EVERY - 1;
    }

    private static TimexType parseType(String t) {
        try {
            return TimexType.valueOf(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The resolver's expressions as scored spans (UTF-16 offsets), restricted to the given types. */
    static List<TimemlScore.Span> systemSpans(String text, List<TemporalExpression> found, Set<TimexType> types) {
        List<TimemlScore.Span> out = new ArrayList<>(found.size());
        for (TemporalExpression e : found) {
            if (!types.contains(e.type())) {
                continue;
            }
            int s = text.offsetByCodePoints(0, e.start());
            int end = text.offsetByCodePoints(s, e.end() - e.start());
            out.add(new TimemlScore.Span(s, end, e.text(), e.type().name(), e.value()));
        }
        return out;
    }

    private static String describe(TimemlScore.Error e) {
        return switch (e.kind()) {
            case "MISSED" -> "MISSED   \"" + oneLine(e.gold().text()) + "\" " + e.gold().type() + " "
                    + e.gold().value() + " @" + e.gold().start();
            case "SPURIOUS" -> "SPURIOUS \"" + oneLine(e.system().text()) + "\" " + e.system().type() + " "
                    + e.system().value() + " @" + e.system().start();
            case "EXTENT" -> "EXTENT   \"" + oneLine(e.gold().text()) + "\" gold vs \"" + oneLine(e.system().text())
                    + "\" " + e.system().type() + " " + e.system().value() + " @" + e.gold().start();
            default -> "VALUE    \"" + oneLine(e.gold().text()) + "\" gold " + e.gold().type() + " " + e.gold().value()
                    + " vs \"" + oneLine(e.system().text()) + "\" " + e.system().type() + " " + e.system().value()
                    + " @" + e.gold().start();
        };
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
