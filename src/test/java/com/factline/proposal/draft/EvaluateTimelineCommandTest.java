package com.factline.proposal.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.temporal.DateValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateTimelineCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluateTimelineCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseToRunWithoutAStoryFolder() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: evaluate-timeline");
        assertThat(out.size()).isZero();
    }

    @Test
    void shouldRefuseAFolderWithoutSourcesTsvBeforeDraftingAnything(@TempDir Path dir) {
        assertThat(run("seeds", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a story folder");
        assertThat(out.size()).isZero();
    }

    @Test
    void shouldRefuseAnUnknownOption() {
        assertThat(run("--fast", "seeds")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --fast");
    }

    @Test
    void shouldNameTheEventWhoseGoldDateCannotBeRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sources.tsv"), "file\toutlet\tpublished\ttitle\tnote\n"
                + "a.txt\tDaily\t2023-03-20\tA\t\n");
        Files.writeString(dir.resolve("a.txt"), "The court issued an arrest warrant on Friday.\n");
        Files.writeString(dir.resolve("gold.json"), """
                {"events": [{"id": "e7", "title": "Warrant", "date": "2023-W11", "reports": []}]}
                """);
        assertThat(run(dir.toString())).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("event e7", "\"2023-W11\"",
                "YYYY, YYYY-MM, YYYY-MM-DD or FIRST/LAST");
    }

    @Test
    void shouldScoreAFolderAgainstItsGoldEvents(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sources.tsv"), "file\toutlet\tpublished\ttitle\tnote\n"
                + "a.txt\tDaily\t2023-03-20\tA\t\nb.txt\tHerald\t2023-03-20\tB\t\n");
        Files.writeString(dir.resolve("a.txt"), "The court issued an arrest warrant for the president on Friday in The Hague.\n");
        Files.writeString(dir.resolve("b.txt"), "On Friday the court in The Hague issued an arrest warrant for the president.\n");
        Files.writeString(dir.resolve("gold.json"), """
                {"events": [{"id": "e1", "title": "Warrant", "date": "2023-03-17", "reports": [
                  {"file": "a.txt", "quote": "issued an arrest warrant"}, {"file": "b.txt", "quote": "issued an arrest warrant"}]},
                  {"id": "e2", "title": "Never reported", "date": "2020", "reports": [{"file": "a.txt", "quote": "The court"}]}]}
                """);
        assertThat(run(dir.toString())).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("gold_events=2", "found=1 (50%)", "date_right=1 (50%)",
                "sources_covered=2/2 (100%)", "events_over_2_proposals=0", "proposals=1");
    }

    @Test
    void shouldTakeGoldFromTheGoldFolderAndTotalItApartFromTheFolderGold(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("data/story-a");
        Path b = dir.resolve("data/story-b");
        for (Path story : List.of(a, b)) {
            Files.createDirectories(story);
            Files.writeString(story.resolve("sources.tsv"), "file\toutlet\tpublished\ttitle\tnote\n"
                    + "a.txt\tDaily\t2023-03-20\tA\t\nb.txt\tHerald\t2023-03-20\tB\t\n");
            Files.writeString(story.resolve("a.txt"), "The court issued an arrest warrant for the president on Friday in The Hague.\n");
            Files.writeString(story.resolve("b.txt"), "On Friday the court in The Hague issued an arrest warrant for the president.\n");
        }
        Files.writeString(a.resolve("gold.json"), """
                {"events": [{"id": "e1", "title": "Warrant", "date": "2023-03-17", "reports": [
                  {"file": "a.txt", "quote": "issued an arrest warrant"}, {"file": "b.txt", "quote": "issued an arrest warrant"}]}]}
                """);
        Path gold = dir.resolve("gold/story-b");
        Files.createDirectories(gold);
        Files.writeString(gold.resolve("gold.json"), """
                {"events": [{"id": "e1", "title": "Wrong day", "date": "2023-03-01", "reports": [
                  {"file": "a.txt", "quote": "issued an arrest warrant"}]}]}
                """);
        assertThat(run("--gold", dir.resolve("gold").toString(), a.toString(), b.toString())).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("story-a").contains("gold_events=1", "found=1 (100%)");
        assertThat(lines.get(1)).startsWith("story-b").contains("gold_events=1", "found=0 (0%)");
        assertThat(lines.get(2)).startsWith("FOLDER-GOLD (1)").contains("found=1 (100%)");
        assertThat(lines.get(3)).startsWith("GOLD-DIR (1)").contains("found=0 (0%)");
        assertThat(lines.get(4)).startsWith("OVERALL").contains("gold_events=2", "found=1 (50%)");
    }

    @Test
    void shouldCountPassagesOfArticlesWithoutAReportInTheMatchingProposalAsWronglyJoined() {
        String a = "The court issued an arrest warrant on Friday. The weather was fine that week.";
        String b = "On Friday the court issued an arrest warrant. The judges met.";
        String c = "Rain fell all week.";
        StoryFolder story = new StoryFolder("s", List.of(new DraftSource("a.txt", "Daily", null, LocalDate.of(2023, 3, 20), a),
                new DraftSource("b.txt", "Herald", null, LocalDate.of(2023, 3, 20), b),
                new DraftSource("c.txt", "Post", null, LocalDate.of(2023, 3, 20), c)),
                List.of(new StoryFolder.GoldEvent("e1", "Warrant", LocalDate.of(2023, 3, 17), LocalDate.of(2023, 3, 17),
                        List.of(new StoryFolder.GoldReport("a.txt", "issued an arrest warrant"),
                                new StoryFolder.GoldReport("b.txt", "issued an arrest warrant")))), null);
        DateValue friday = DateValue.day(LocalDate.of(2023, 3, 17));
        DraftEvent joined = new DraftEvent("k", "Warrant", friday, null, 0.9, 2, List.of(
                passage("a.txt", a, "The court issued an arrest warrant on Friday", friday),
                passage("a.txt", a, "The weather was fine that week", friday),
                passage("b.txt", b, "On Friday the court issued an arrest warrant", friday),
                passage("b.txt", b, "The judges met", friday),
                passage("c.txt", c, "Rain fell all week", friday)), "why");

        EvaluateTimelineCommand.Score s = EvaluateTimelineCommand.score(story, List.of(joined), null);

        // the two reports and the other sentence of a reporting article are right; the third article was joined wrongly
        assertThat(s.grouped).isEqualTo(5);
        assertThat(s.groupedRight).isEqualTo(4);
        assertThat(s.groupedExact).isEqualTo(2);
        assertThat(s.line("s")).contains("sources_covered=2/2 (100%)", "grouping_precision=4/5 (80%; the reports themselves 2)");
    }

    private static DraftPassage passage(String file, String text, String quote, DateValue date) {
        int at = text.indexOf(quote);
        return new DraftPassage(file, at, at + quote.length(), quote, date, "test");
    }

    @Test
    void shouldRefuseAGoldOptionWithoutAFolder() {
        assertThat(run("seeds", "--gold")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--gold needs a folder");
        assertThat(out.size()).isZero();
    }
}
