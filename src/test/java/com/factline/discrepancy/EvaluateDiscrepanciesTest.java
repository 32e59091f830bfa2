package com.factline.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.discrepancy.detect.Span;
import com.factline.discrepancy.detect.Suggestion;
import com.factline.discrepancy.detect.SuggestionKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateDiscrepanciesTest {

    private static Suggestion suggestion(Span... spans) {
        return new Suggestion(SuggestionKind.NUMBER, List.of(spans), List.of(), null, "", "fp");
    }

    @Test
    void shouldCountAGoldItemFoundOnlyWhenTwoOfItsFilesAreOverlapped() {
        List<Span> gold = List.of(new Span("a.txt", 10, 20, "x"), new Span("b.txt", 30, 40, "y"));

        assertThat(EvaluateDiscrepancies.finds(suggestion(new Span("a.txt", 15, 16, "x"), new Span("b.txt", 39, 45, "y")),
                gold)).isTrue();
        // one file only, or the other span elsewhere in the file
        assertThat(EvaluateDiscrepancies.finds(suggestion(new Span("a.txt", 15, 16, "x"), new Span("b.txt", 40, 45, "y")),
                gold)).isFalse();
    }

    @Test
    void shouldAskForTwoSpansWhenTheGoldItemIsInsideOneArticle() {
        List<Span> gold = List.of(new Span("a.txt", 10, 20, "x"), new Span("a.txt", 50, 60, "y"));

        assertThat(EvaluateDiscrepancies.finds(suggestion(new Span("a.txt", 12, 14, "x")), gold)).isFalse();
        assertThat(EvaluateDiscrepancies.finds(suggestion(new Span("a.txt", 12, 14, "x"), new Span("a.txt", 55, 58, "y")),
                gold)).isTrue();
    }

    @Test
    void shouldReadTheGoldOfAStoryFromTheGoldRootWhenTheFolderHasNone(@TempDir Path tmp) throws Exception {
        Path story = Files.createDirectories(tmp.resolve("data/story-a"));
        Files.writeString(story.resolve("sources.tsv"), "file\toutlet\tpublished\n01_a.txt\tA\t2020-01-02\n02_b.txt\tB\t\n");
        Files.writeString(story.resolve("01_a.txt"), "Officials said 30 people died in the fire.\n");
        Files.writeString(story.resolve("02_b.txt"), "Officials said 40 people died in the fire.\n");
        Path gold = Files.createDirectories(tmp.resolve("gold/story-a"));
        Files.writeString(gold.resolve("gold.json"), """
                {"discrepancies": [{"id": "d1", "kind": "number", "what": "30 vs 40 dead",
                  "spans": [{"file": "01_a.txt", "quote": "30 people"}, {"file": "02_b.txt", "quote": "40 people"}]}],
                 "not_discrepancies": []}
                """);

        assertThat(EvaluateDiscrepancies.read(story).gold()).isNull();
        assertThat(EvaluateDiscrepancies.read(story, tmp.resolve("gold")).gold()).isNotNull();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = EvaluateDiscrepancies.run(new String[] {"--gold", tmp.resolve("gold").toString(), story.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(rc).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("story-a").contains("gold found 1/1");
    }

    @Test
    void shouldRefuseAGoldRootThatIsNotAFolder(@TempDir Path tmp) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = EvaluateDiscrepancies.run(new String[] {"--gold", tmp.resolve("nope").toString(), tmp.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a folder");
    }
}
