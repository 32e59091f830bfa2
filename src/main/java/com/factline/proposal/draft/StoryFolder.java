package com.factline.proposal.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A story folder as the dev sets and the seeds lay it out: text files plus {@code sources.tsv} (file, outlet,
 * published, title, note) and, for gold stories, {@code gold.json} with its {@code events}.
 */
record StoryFolder(String name, List<DraftSource> sources, List<GoldEvent> gold, @Nullable Path goldFile) {

    /** A gold event: its date as an inclusive interval and one quote per reporting article. */
    record GoldEvent(String id, String title, LocalDate earliest, LocalDate latest, List<GoldReport> reports) {
    }

    record GoldReport(String file, String quote) {
    }

    /**
     * A gold temporal expression of {@code gold.json}'s {@code temporal} list: the {@code occurrence}-th (from 1)
     * occurrence of {@code text} in {@code file}, with its TIMEX3 type and value.
     */
    record GoldTimex(String file, String text, int occurrence, String type, String value) {
    }

    /** The gold file's {@code temporal} list (empty without a gold file or without that list). */
    List<GoldTimex> temporalGold() throws IOException {
        List<GoldTimex> out = new ArrayList<>();
        if (goldFile == null) {
            return out;
        }
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
        for (JsonNode t : root.path("temporal")) {
            out.add(new GoldTimex(t.path("file").asString(), t.path("text").asString(), t.path("occurrence").asInt(1),
                    t.path("type").asString(), t.path("value").asString()));
        }
        return out;
    }

    static StoryFolder load(Path dir) throws IOException {
        return load(dir, null);
    }

    /**
     * Loads a story folder; its gold comes from {@code goldDir/<folder name>/gold.json} when that file exists (gold
     * written outside the data set, which must not be copied into it), else from the folder's own {@code gold.json}.
     */
    static StoryFolder load(Path dir, @Nullable Path goldDir) throws IOException {
        Path tsv = dir.resolve("sources.tsv");
        if (!Files.isRegularFile(tsv)) {
            throw new IOException("no sources.tsv in " + dir);
        }
        List<DraftSource> sources = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] cols = lines.get(i).split("\t", -1);
            if (cols.length < 3 || cols[0].isBlank()) {
                continue;
            }
            String text = Files.readString(dir.resolve(cols[0]), StandardCharsets.UTF_8);
            String outlet = cols[1].isBlank() ? cols[0] : cols[1];
            sources.add(new DraftSource(cols[0], outlet, null, date(cols[2]), text));
        }
        List<GoldEvent> gold = new ArrayList<>();
        Path name = dir.toAbsolutePath().normalize().getFileName();
        Path goldFile = goldDir != null && name != null && Files.isRegularFile(goldDir.resolve(name.toString()).resolve("gold.json"))
                ? goldDir.resolve(name.toString()).resolve("gold.json") : dir.resolve("gold.json");
        if (!Files.isRegularFile(goldFile)) {
            goldFile = null;
        } else {
            JsonNode root = JsonMapper.builder().build().readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
            for (JsonNode e : root.path("events")) {
                List<GoldReport> reports = new ArrayList<>();
                for (JsonNode r : e.path("reports")) {
                    reports.add(new GoldReport(r.path("file").asString(), r.path("quote").asString()));
                }
                LocalDate[] interval;
                try {
                    interval = interval(e.path("date").asString());
                } catch (RuntimeException bad) {
                    throw new IllegalArgumentException(goldFile + ": event " + e.path("id").asString() + " has the date \""
                            + e.path("date").asString() + "\"; write YYYY, YYYY-MM, YYYY-MM-DD or FIRST/LAST (two days)",
                            bad);
                }
                gold.add(new GoldEvent(e.path("id").asString(), e.path("title").asString(), interval[0], interval[1],
                        reports));
            }
        }
        return new StoryFolder(name == null ? dir.toString() : name.toString(), sources, gold, goldFile);
    }

    private static @Nullable LocalDate date(String s) {
        try {
            return s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "2013-02-20", "2013-02" or "2012-06-01/2012-08-31" as an inclusive interval. */
    static LocalDate[] interval(String date) {
        String[] parts = date.split("/");
        if (parts.length == 2) {
            return new LocalDate[] {LocalDate.parse(parts[0]), LocalDate.parse(parts[1])};
        }
        if (date.length() == 7) {
            LocalDate first = LocalDate.parse(date + "-01");
            return new LocalDate[] {first, first.withDayOfMonth(first.lengthOfMonth())};
        }
        if (date.length() == 4) {
            int y = Integer.parseInt(date);
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        LocalDate d = LocalDate.parse(date);
        return new LocalDate[] {d, d};
    }
}
