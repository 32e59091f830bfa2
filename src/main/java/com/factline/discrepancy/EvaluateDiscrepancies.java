package com.factline.discrepancy;

import com.factline.discrepancy.detect.DetectDocument;
import com.factline.discrepancy.detect.DiscrepancyDetector;
import com.factline.discrepancy.detect.Span;
import com.factline.discrepancy.detect.Suggestion;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate-discrepancies [--verbose] DIR…}: runs the discrepancy suggestions in memory on story folders (text
 * files plus {@code sources.tsv}, as in {@code shared/devsets/multi-source}) and scores them against each folder's
 * {@code gold.json}: a suggestion finds a gold discrepancy when its spans overlap two of the discrepancy's spans in
 * different files (or two spans of one file for a discrepancy inside one article); it is a false alarm when it does
 * so for a not-discrepancy. Folders without gold only report their number of suggestions. {@code --gold ROOT} reads the
 * gold of a folder named {@code STORY} from {@code ROOT/STORY/gold.json} when the folder has none of its own, so gold
 * written for third-party texts can live outside the repository and outside the shared data.
 */
public final class EvaluateDiscrepancies {

    private EvaluateDiscrepancies() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean verbose = false;
        @Nullable Path goldRoot = null;
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--verbose") || a.equals("-v")) {
                verbose = true;
            } else if (a.equals("--gold")) {
                if (i + 1 >= args.length) {
                    err.println("--gold needs a folder (ROOT/STORY/gold.json)");
                    return 2;
                }
                goldRoot = Path.of(args[++i]);
                if (!Files.isDirectory(goldRoot)) {
                    err.println("--gold " + goldRoot + ": not a folder");
                    return 2;
                }
            } else {
                dirs.add(Path.of(a));
            }
        }
        if (dirs.isEmpty()) {
            err.println("usage: evaluate-discrepancies [--verbose] [--gold ROOT] DIR…  (story folders with sources.tsv and, for scores,"
                    + " gold.json in the folder or in ROOT/<folder name>/gold.json)");
            return 2;
        }
        Totals totals = new Totals();
        DiscrepancyDetector detector = new DiscrepancyDetector();
        for (Path dir : dirs) {
            try {
                evaluate(dir, goldRoot, detector, totals, verbose, out);
            } catch (IOException | RuntimeException e) {
                err.println(dir + ": " + e.getMessage());
                return 1;
            }
        }
        if (dirs.size() > 1) {
            out.println(totals.line("ALL"));
            totals.perKind.forEach((k, v) -> out.printf(Locale.ROOT, "  %-12s found %d/%d%n", k, v[0], v[1]));
        }
        return 0;
    }

    /** A story folder read as an editor would import it. */
    record Story(List<DetectDocument> docs, @Nullable JsonNode gold) {
    }

    static Story read(Path dir) throws IOException {
        return read(dir, null);
    }

    static Story read(Path dir, @Nullable Path goldRoot) throws IOException {
        Path tsv = dir.resolve("sources.tsv");
        if (!Files.isRegularFile(tsv)) {
            throw new IOException("no sources.tsv in " + dir);
        }
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split("\t", -1));
        int file = header.indexOf("file");
        int outlet = header.indexOf("outlet");
        int published = header.indexOf("published");
        if (file < 0) {
            throw new IOException("sources.tsv has no 'file' column");
        }
        List<DetectDocument> docs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String text = Files.readString(dir.resolve(f[file]), StandardCharsets.UTF_8);
            LocalDate date = null;
            if (published >= 0 && published < f.length && !f[published].isBlank()) {
                try {
                    date = LocalDate.parse(f[published].strip());
                } catch (DateTimeParseException e) {
                    date = null;
                }
            }
            String o = outlet >= 0 && outlet < f.length ? f[outlet].strip() : "";
            docs.add(new DetectDocument(f[file], o.isEmpty() ? f[file] : o, text, date, f[file]));
        }
        Path goldFile = dir.resolve("gold.json");
        if (!Files.isRegularFile(goldFile) && goldRoot != null && dir.getFileName() != null) {
            goldFile = goldRoot.resolve(dir.getFileName().toString()).resolve("gold.json");
        }
        JsonNode gold = Files.isRegularFile(goldFile) ? JsonMapper.builder().build().readTree(goldFile.toFile()) : null;
        return new Story(docs, gold);
    }

    private static void evaluate(Path dir, @Nullable Path goldRoot, DiscrepancyDetector detector, Totals totals,
            boolean verbose, PrintStream out) throws IOException {
        Story story = read(dir, goldRoot);
        List<Suggestion> suggestions = detector.detect(story.docs(), List.of());
        Map<String, String> texts = new TreeMap<>();
        story.docs().forEach(d -> texts.put(d.id(), d.text()));
        Totals mine = new Totals();
        mine.suggestions = suggestions.size();
        if (story.gold() != null) {
            for (JsonNode d : story.gold().path("discrepancies")) {
                List<Span> spans = spans(d, texts);
                String kind = d.path("kind").asString("?");
                boolean found = suggestions.stream().anyMatch(s -> finds(s, spans));
                mine.gold++;
                mine.found += found ? 1 : 0;
                int[] k = mine.perKind.computeIfAbsent(kind, x -> new int[2]);
                k[0] += found ? 1 : 0;
                k[1]++;
                if (verbose) {
                    out.println((found ? "  FOUND  " : "  MISSED ") + d.path("id").asString() + " [" + kind + "] "
                            + d.path("what").asString());
                }
            }
            for (JsonNode n : story.gold().path("not_discrepancies")) {
                List<Span> spans = spans(n, texts);
                boolean flagged = suggestions.stream().anyMatch(s -> finds(s, spans));
                mine.notDiscrepancies++;
                mine.falseAlarms += flagged ? 1 : 0;
                if (verbose && flagged) {
                    out.println("  FALSE ALARM " + n.path("id").asString() + " " + n.path("what").asString());
                }
            }
        }
        if (verbose) {
            for (Suggestion s : suggestions) {
                out.println("  [" + s.kind() + "] " + s.reason());
                for (Span sp : s.spans()) {
                    out.println("      " + sp.documentId() + " @" + sp.start() + ": " + shorten(sp.text()));
                }
            }
        }
        out.println(mine.line(dir.getFileName().toString()));
        totals.add(mine);
    }

    /** Gold spans located in their files (code point offsets), quotes that are not found are left out. */
    private static List<Span> spans(JsonNode item, Map<String, String> texts) {
        List<Span> out = new ArrayList<>();
        for (JsonNode sp : item.path("spans")) {
            String file = sp.path("file").asString();
            String quote = sp.path("quote").asString();
            String text = texts.get(file);
            int at = text == null ? -1 : text.indexOf(quote);
            if (at < 0) {
                continue;
            }
            int start = text.codePointCount(0, at);
            out.add(new Span(file, start, start + quote.codePointCount(0, quote.length()), quote));
        }
        return out;
    }

    /** The suggestion overlaps two gold spans in different files, or two spans of one file when all are in one. */
    static boolean finds(Suggestion s, List<Span> gold) {
        boolean singleFile = gold.stream().map(Span::documentId).distinct().count() == 1;
        List<Span> hit = new ArrayList<>();
        for (Span g : gold) {
            for (Span sp : s.spans()) {
                if (sp.documentId().equals(g.documentId()) && sp.start() < g.end() && g.start() < sp.end()) {
                    hit.add(g);
                    break;
                }
            }
        }
        if (singleFile) {
            return hit.size() >= 2;
        }
        return hit.stream().map(Span::documentId).distinct().count() >= 2;
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 160 ? t : t.substring(0, 159) + "…";
    }

    private static final class Totals {
        int gold;
        int found;
        int notDiscrepancies;
        int falseAlarms;
        int suggestions;
        final Map<String, int[]> perKind = new TreeMap<>();

        void add(Totals o) {
            gold += o.gold;
            found += o.found;
            notDiscrepancies += o.notDiscrepancies;
            falseAlarms += o.falseAlarms;
            suggestions += o.suggestions;
            o.perKind.forEach((k, v) -> {
                int[] mine = perKind.computeIfAbsent(k, x -> new int[2]);
                mine[0] += v[0];
                mine[1] += v[1];
            });
        }

        String line(String name) {
            String perGold = gold == 0 ? "-" : String.format(Locale.ROOT, "%.1f", (double) suggestions / gold);
            StringBuilder kinds = new StringBuilder();
            perKind.forEach((k, v) -> kinds.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
            return String.format(Locale.ROOT, "%-24s gold found %d/%d  not-discrepancies flagged %d/%d  suggestions %d"
                    + " (%s per gold item)  by kind:%s", name, found, gold, falseAlarms, notDiscrepancies, suggestions,
                    perGold, kinds);
        }
    }
}
