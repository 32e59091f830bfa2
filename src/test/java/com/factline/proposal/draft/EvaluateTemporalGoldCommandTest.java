package com.factline.proposal.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateTemporalGoldCommandTest {

    private static final String GOLD = """
            {"temporal": [
              {"file": "a.txt", "text": "Friday", "occurrence": 1, "type": "DATE", "value": "2023-03-17"},
              {"file": "a.txt", "text": "April 3", "occurrence": 1, "type": "DATE", "value": "2023-04-03"},
              {"file": "a.txt", "text": "The hearing", "occurrence": 1, "type": "DATE", "value": "2023-04-03"},
              {"file": "a.txt", "text": "Friday", "occurrence": 2, "type": "DATE", "value": "2023-03-17"},
              {"file": "b.txt", "text": "Tuesday morning", "occurrence": 1, "type": "DATE", "value": "2023-02-21TMO"},
              {"file": "b.txt", "text": "last week", "occurrence": 1, "type": "DATE", "value": "2023-W7"},
              {"file": "b.txt", "text": "2022", "occurrence": 1, "type": "DATE", "value": "2021"}
            ]}
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluateTemporalGoldCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Two made-up articles: a Monday's and, three weeks and a half earlier, a Tuesday's. */
    private static Path story(Path dir, String name) throws Exception {
        Path story = Files.createDirectories(dir.resolve(name));
        Files.writeString(story.resolve("sources.tsv"), "file\toutlet\tpublished\ttitle\tnote\n"
                + "a.txt\tDaily\t2023-03-20\tA\t\nb.txt\tHerald\t2023-02-21\tB\t\n");
        Files.writeString(story.resolve("a.txt"), "The court issued a warrant on Friday. The hearing is set for April 3.\n");
        Files.writeString(story.resolve("b.txt"), "Judges met on Tuesday morning. Talks failed last week and in 2022.\n");
        return story;
    }

    @Test
    void shouldRefuseToRunWithoutAStoryFolder() {
        assertThat(run("--errors")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: evaluate-temporal-gold");
        assertThat(out.size()).isZero();
    }

    @Test
    void shouldRefuseAFolderWithoutSourcesTsvAndAnUnknownOption(@TempDir Path dir) throws Exception {
        assertThat(run(story(dir, "s").toString(), dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a story folder (no sources.tsv)");
        assertThat(run("--show", story(dir, "s").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --show");
        assertThat(out.size()).isZero();
    }

    @Test
    void shouldCountFoundRightValueAndTypeAndReportGoldErrorsApart(@TempDir Path dir) throws Exception {
        Path story = story(dir, "s");
        Files.writeString(story.resolve("gold.json"), GOLD);
        assertThat(run(story.toString())).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        // "The hearing" is no temporal expression (missed); "Friday"#2 is not in the text (gold error, not counted);
        // "2022" has a wrong gold value on purpose; "Tuesday morning" a wrong gold type; "2023-W7" is the week 2023-W07.
        assertThat(lines.get(0)).startsWith("s ").contains("items=6 found=5 (83%) value_right=4 (67%) type_right=4 (67%)",
                "date_time_right=4/6 (66.7%)", "gold_errors=1");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("GOLD ERROR a.txt \"Friday\"#2");
    }

    @Test
    void shouldListMissesWrongValuesAndWrongTypesWithTheResolversValue(@TempDir Path dir) throws Exception {
        Path story = story(dir, "s");
        Files.writeString(story.resolve("gold.json"), GOLD);
        assertThat(run("--errors", story.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().skip(1).toList()).containsExactly(
                "  MISSED a.txt \"The hearing\"#1 gold DATE 2023-04-03",
                "  GOLD ERROR a.txt \"Friday\"#2: not in the file that often",
                "  TYPE b.txt \"Tuesday morning\"#1 gold DATE 2023-02-21TMO vs \"Tuesday morning\" TIME 2023-02-21TMO"
                        + " (" + explanation(story, "Tuesday morning") + ")",
                "  VALUE b.txt \"2022\"#1 gold DATE 2021 vs \"2022\" DATE 2022 (" + explanation(story, "2022") + ")");
    }

    private static String explanation(Path story, String text) throws Exception {
        return new com.factline.temporal.TemporalResolver()
                .resolve(Files.readString(story.resolve("b.txt")), java.time.LocalDate.of(2023, 2, 21)).stream()
                .filter(e -> e.text().equals(text)).findFirst().orElseThrow().explanation();
    }

    @Test
    void shouldTakeGoldFromTheGoldFolderAndTotalItApartFromTheFolderGold(@TempDir Path dir) throws Exception {
        Path a = story(dir.resolve("data"), "story-a");
        Path b = story(dir.resolve("data"), "story-b");
        Path c = story(dir.resolve("data"), "story-c");
        Files.writeString(a.resolve("gold.json"), GOLD);
        Files.writeString(c.resolve("gold.json"), "{\"events\": []}");
        Path gold = Files.createDirectories(dir.resolve("gold/story-b"));
        Files.writeString(gold.resolve("gold.json"), """
                {"temporal": [{"file": "a.txt", "text": "April 3", "occurrence": 1, "type": "DATE", "value": "2023-04-03"}]}
                """);
        assertThat(run("--gold", dir.resolve("gold").toString(), a.toString(), b.toString(), c.toString())).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("story-a").contains("items=6 found=5");
        assertThat(lines.get(1)).contains("GOLD ERROR");
        assertThat(lines.get(2)).startsWith("story-b").contains("items=1 found=1", "value_right=1 (100%)");
        assertThat(lines.get(3)).isEqualTo("story-c                (no temporal gold)");
        assertThat(lines.get(4)).startsWith("FOLDER-GOLD (1)").contains("items=6 found=5");
        assertThat(lines.get(5)).startsWith("GOLD-DIR (1)").contains("items=1 found=1");
        assertThat(lines.get(6)).startsWith("OVERALL").contains("items=7 found=6", "gold_errors=1");
    }

    @Test
    void shouldFindTheNthOccurrence() {
        assertThat(EvaluateTemporalGoldCommand.occurrence("on Friday and Friday", "Friday", 2)).isEqualTo(14);
        assertThat(EvaluateTemporalGoldCommand.occurrence("on Friday and Friday", "Friday", 3)).isEqualTo(-1);
        assertThat(EvaluateTemporalGoldCommand.occurrence("on Friday", "Friday", 0)).isEqualTo(-1);
    }
}
