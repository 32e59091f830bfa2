package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateTimemlCommandTest {

    // A document written for this test, in the TimeML markup of TimeBank.
    private static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>T1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" temporalFunction="false" \
            functionInDocument="CREATION_TIME">20010504</TIMEX3></DCT>
            <TEXT>
            The mayor &amp; council <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-05-03" \
            temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Thursday</TIMEX3> and will vote \
            <TIMEX3 tid="t2" type="DATE" value="2001-06" mod="START">early June</TIMEX3>, after \
            <TIMEX3 tid="t3" type="DURATION" value="P3M">three months</TIMEX3> of talks.
            </TEXT>
            </TimeML>
            """;

    @Test
    void parserKeepsPlainTextOffsetsAndSkipsTheCreationTime() {
        TimemlDocument doc = TimemlDocument.parse("t1.tml", TML);
        assertEquals(LocalDate.of(2001, 5, 4), doc.dct());
        assertTrue(doc.text().startsWith("\nThe mayor & council met Thursday"), doc.text());
        assertEquals(3, doc.gold().size());
        for (TimemlDocument.Timex t : doc.gold()) {
            assertEquals(t.text(), doc.text().substring(t.start(), t.end()));
        }
        assertEquals("early June", doc.gold().get(1).text());
        assertEquals("START", doc.gold().get(1).mod());
        assertEquals("P3M", doc.gold().get(2).value());
    }

    @Test
    void scorerCountsStrictRelaxedAndValueMatchesOneToOne() {
        List<TimemlScore.Span> gold = List.of(
                new TimemlScore.Span(0, 8, "Thursday", "DATE", "2001-05-03"),
                new TimemlScore.Span(20, 30, "early June", "DATE", "2001-06"),
                new TimemlScore.Span(40, 52, "three months", "DURATION", "P3M"));
        List<TimemlScore.Span> system = List.of(
                new TimemlScore.Span(0, 8, "Thursday", "DATE", "2001-05-03"),    // strict, right value
                new TimemlScore.Span(26, 30, "June", "DATE", "2002-06"),         // relaxed only, wrong value
                new TimemlScore.Span(27, 30, "une", "DATE", "2001-06"),          // second overlap: spurious
                new TimemlScore.Span(60, 66, "Friday", "DATE", "2001-05-04"));   // spurious
        TimemlScore score = new TimemlScore();
        List<TimemlScore.Error> errors = score.score(gold, system);
        assertEquals(0.25, score.strictPrecision(), 1e-9);
        assertEquals(1.0 / 3, score.strictRecall(), 1e-9);
        assertEquals(0.5, score.relaxedPrecision(), 1e-9);
        assertEquals(2.0 / 3, score.relaxedRecall(), 1e-9);
        double relaxedF1 = 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3);
        assertEquals(relaxedF1, score.relaxedF1(), 1e-9);
        assertEquals(0.5, score.valueAccuracy(), 1e-9);
        assertEquals(relaxedF1 * 0.5, score.valueF1(), 1e-9);
        assertEquals(1.0, score.typeAccuracy(), 1e-9);
        assertEquals(List.of("WRONG_VALUE", "SPURIOUS", "MISSED", "SPURIOUS"),
                errors.stream().map(TimemlScore.Error::kind).toList());
    }

    @Test
    void aRightValueWithAnotherExtentIsListedAsAnExtentErrorAndAWrongOneOnlyAsAWrongValue() {
        List<TimemlScore.Span> gold = List.of(
                new TimemlScore.Span(10, 19, "two weeks", "DURATION", "P2W"),
                new TimemlScore.Span(30, 40, "early June", "DATE", "2001-06"));
        List<TimemlScore.Span> system = List.of(
                new TimemlScore.Span(4, 19, "about two weeks", "DURATION", "P2W"),
                new TimemlScore.Span(36, 40, "June", "DATE", "2002-06"));
        TimemlScore score = new TimemlScore();
        List<TimemlScore.Error> errors = score.score(gold, system);
        assertEquals(List.of("EXTENT", "WRONG_VALUE"), errors.stream().map(TimemlScore.Error::kind).toList());
        assertEquals(0.5, score.valueAccuracy(), 1e-9, "an extent error still has the right value");
        assertEquals(0.0, score.strictPrecision(), 1e-9);
        Map<String, int[]> rules = new LinkedHashMap<>();
        Map<TimemlScore.Span, String> explained = new IdentityHashMap<>();
        explained.put(system.get(0), "duration of 2 weeks");
        explained.put(system.get(1), "month without year");
        EvaluateTimemlCommand.countByRule(rules, system, errors, explained);
        assertArrayEquals(new int[] {1, 0, 0}, rules.get("duration of N weeks"),
                "by rule, a right value with another extent counts as right");
    }

    @Test
    void aWeekNumberWithOrWithoutItsLeadingZeroIsTheSameValueAndNothingElseIsLoosened() {
        assertTrue(TimemlScore.sameValue("2000-W7", "2000-W07"));
        assertTrue(TimemlScore.sameValue("2000-W07-WE", "2000-W7-WE"));
        assertTrue(TimemlScore.sameValue("2000-W12", "2000-W12"));
        assertEquals(false, TimemlScore.sameValue("2000-W7", "2000-W17"));
        assertEquals(false, TimemlScore.sameValue("2000-W07", "2000-02"));
        assertEquals(false, TimemlScore.sameValue("1998", "1998-XX"));
        assertEquals(false, TimemlScore.sameValue(null, "1998"));
    }

    @Test
    void scorerPrefersTheExactExtentAmongOverlappingCandidates() {
        List<TimemlScore.Span> gold = List.of(new TimemlScore.Span(5, 15, "early June", "DATE", "2001-06"));
        List<TimemlScore.Span> system = List.of(new TimemlScore.Span(0, 10, "x", "DATE", "2001"),
                new TimemlScore.Span(5, 15, "early June", "DATE", "2001-06"));
        TimemlScore score = new TimemlScore();
        score.score(gold, system);
        assertEquals(0.5, score.strictPrecision(), 1e-9);
        assertEquals(1.0, score.valueAccuracy(), 1e-9);
    }

    @Test
    void commandPrintsFiguresPerDocumentOverallAndErrors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t1.tml"), TML, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EvaluateTimemlCommand.run(new String[] {"evaluate-timeml", dir.toString(), "--errors"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("doc t1.tml [tune] gold=3 "), text);
        assertTrue(text.contains("tune documents=1 gold=3 "), text);
        assertTrue(text.contains("held documents=0 gold=0 "), text);
        assertTrue(text.contains("overall documents=1 gold=3 "), text);
        assertTrue(text.contains("value_F1="), text);
    }

    @Test
    void errorsNameTheResolversReasonForAWrongValueAndASpuriousExpression(@TempDir Path dir) throws Exception {
        // Gold dates "Thursday" a week earlier than the resolver does; "Friday" (the publication day) is unmarked.
        String tml = TML.replace("value=\"2001-05-03\"", "value=\"2001-04-26\"")
                .replace("of talks.", "of talks. They met again Friday.");
        Files.writeString(dir.resolve("t1.tml"), tml, StandardCharsets.UTF_8);
        List<String> lines = runQuietly(dir.toString(), "--errors").lines().toList();
        int wrong = indexOfStart(lines, "  VALUE    \"Thursday\" gold DATE 2001-04-26 vs \"Thursday\" DATE 2001-05-03");
        int spurious = indexOfStart(lines, "  SPURIOUS \"Friday\" DATE 2001-05-04");
        assertTrue(wrong >= 0 && spurious >= 0, String.join("\n", lines));
        assertEquals("           why: Thursday before the publication date 2001-05-04, past tense", lines.get(wrong + 1));
        assertEquals("           why: Friday = the reference date 2001-05-04 itself (same weekday)",
                lines.get(spurious + 1));
    }

    private static int indexOfStart(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyFifthDocumentBySortedPathIsHeldOutOfTuning() {
        assertEquals(List.of(false, false, false, false, true, false, false, false, false, true),
                java.util.stream.IntStream.range(0, 10).mapToObj(EvaluateTimemlCommand::isHeld).toList());
    }

    @Test
    void errorsOfTheHeldPartAreListedOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
        // A gold expression no resolver finds, so that every document has an error to list.
        String withMiss = TML.replace("of talks.", "of <TIMEX3 tid=\"t4\" type=\"DATE\" value=\"2001\">blorp</TIMEX3>.");
        for (int i = 1; i <= 5; i++) {
            Files.writeString(dir.resolve("t" + i + ".tml"), withMiss, StandardCharsets.UTF_8);
        }
        String tuneOnly = runQuietly(dir.toString(), "--errors");
        String heldOnly = runQuietly(dir.toString(), "--errors=held");
        assertTrue(tuneOnly.contains("doc t5.tml [held] "), tuneOnly);
        assertTrue(tuneOnly.contains("held documents=1 gold=4 "), tuneOnly);
        assertEquals(4, errorBlocks(tuneOnly), tuneOnly);
        assertEquals(1, errorBlocks(heldOnly), heldOnly);
    }

    /** How many documents are followed by at least one error line. */
    private static int errorBlocks(String out) {
        int n = 0;
        String[] lines = out.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].startsWith("doc ") && lines[i + 1].startsWith("  ")) {
                n++;
            }
        }
        return n;
    }

    private static String runQuietly(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EvaluateTimemlCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void byRuleCountsRightWrongAndSpuriousExpressionsPerKindOfExplanation(@TempDir Path dir) throws Exception {
        // "Thursday" has its gold value; "Friday" (the publication day) is not marked, so it is spurious;
        // "early June" is marked with another value than the resolver's, so it is a wrong value.
        String tml = TML.replace("value=\"2001-06\" mod=\"START\"", "value=\"2002-06\" mod=\"START\"")
                .replace("of talks.", "of talks. They met again Friday.");
        Files.writeString(dir.resolve("t1.tml"), tml, StandardCharsets.UTF_8);
        String out = runQuietly(dir.toString(), "--by-rule");
        assertTrue(out.contains("by rule (tune part): right / wrong value / spurious"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(
                " {2}rule +1 +0 +0 +100\\.0 {2}WEEKDAY before the publication date DATE, past tense")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(
                " {2}rule +0 +0 +1 +0\\.0 {2}WEEKDAY = the reference date DATE itself \\(same weekday\\)")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" {2}rule +0 +1 +0 +0\\.0 {2}.*")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" {2}rule +1 +0 +0 +100\\.0 {2}.*")), out);
    }

    @Test
    void byRuleCountsOnlyTheTunePartUnlessAskedFor(@TempDir Path dir) throws Exception {
        for (int i = 1; i <= 5; i++) {
            Files.writeString(dir.resolve("t" + i + ".tml"), TML, StandardCharsets.UTF_8);
        }
        String tune = runQuietly(dir.toString(), "--by-rule");
        String all = runQuietly(dir.toString(), "--by-rule=all");
        assertTrue(tune.lines().anyMatch(l -> l.matches(
                " {2}rule +4 +0 +0 +100\\.0 {2}WEEKDAY before the publication date DATE, past tense")), tune);
        assertTrue(all.lines().anyMatch(l -> l.matches(
                " {2}rule +5 +0 +0 +100\\.0 {2}WEEKDAY before the publication date DATE, past tense")), all);
        assertEquals(2, EvaluateTimemlCommand.run(new String[] {dir.toString(), "--by-rule=everything"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void anExplanationsKindLeavesOutTheQuotedWordsWeekdaysDatesAndNumbers() {
        assertEquals("\"…\" relative to the publication date DATE",
                EvaluateTimemlCommand.explanationKind("\"last week\" relative to the publication date 1998-08-17"));
        assertEquals("WEEKDAY after the publication date DATE, future tense",
                EvaluateTimemlCommand.explanationKind("Tuesday after the publication date 2000-04-03, future tense"));
        assertEquals("\"…\": a year before the quarter under discussion (DATE)",
                EvaluateTimemlCommand.explanationKind("\"a year ago\": a year before the quarter under discussion (1988-Q3)"));
        assertEquals("duration of N days", EvaluateTimemlCommand.explanationKind("duration of 13 days"));
        assertEquals("clock time on the publication date DATE",
                EvaluateTimemlCommand.explanationKind("clock time on the publication date 1999-04-19"));
    }

    @Test
    void commandRejectsAFolderWithoutTimemlFiles(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EvaluateTimemlCommand.run(new String[] {dir.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no .tml file"));
    }
}
