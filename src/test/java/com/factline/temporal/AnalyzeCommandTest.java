package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AnalyzeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void shouldPrintOneJsonObjectPerExpression() throws Exception {
        Path f = write("a.txt", "😀 The US said on Friday it would act. Talks last four and a half hours.");
        Result r = run("analyze", "--published", "2023-03-18", f.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        assertEquals("{\"file\":\"" + f + "\",\"start\":17,\"end\":23,\"text\":\"Friday\",\"type\":\"DATE\","
                + "\"value\":\"2023-03-17\",\"earliest\":\"2023-03-17\",\"latest\":\"2023-03-17\","
                + "\"edtf\":\"2023-03-17\",\"anchored\":true,"
                + "\"explanation\":\"Friday before the publication date 2023-03-18, past tense\","
                + "\"sentence\":{\"start\":0,\"end\":37}}", lines[0]);
        assertTrue(lines[1].contains("\"type\":\"DURATION\",\"value\":\"PT4H30M\",\"earliest\":null,\"latest\":null,"
                + "\"edtf\":null,\"anchored\":false"), lines[1]);
        assertEquals("", r.err());
    }

    @Test
    void shouldWorkWithoutSubcommandWordAndWithoutPublicationDate() throws Exception {
        Path f = write("b.txt", "It happened on Friday, not on 17 March 2023.");
        Result r = run(f.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("\"text\":\"Friday\",\"type\":\"DATE\",\"value\":\"XXXX-WXX-5\",\"earliest\":null"));
        assertTrue(r.out().contains("\"text\":\"17 March 2023\",\"type\":\"DATE\",\"value\":\"2023-03-17\""));
    }

    @Test
    void shouldEscapeJsonStrings() {
        StringBuilder sb = new StringBuilder();
        AnalyzeCommand.quote(sb, "a\"b\\c\nd\te\u0001f\u2028");
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028\"", sb.toString());
    }

    @Test
    void shouldPrintStatsLineOnStandardError() throws Exception {
        Path f = write("c.txt", "On Friday 😀.");
        Result r = run("analyze", "--stats", "--published", "2023-03-18", f.toString(), f.toString());
        assertEquals(0, r.code());
        assertTrue(r.err().strip().matches("stats docs=2 chars=24 ms=\\d+ chars_per_s=\\d+"), r.err());
    }

    @Test
    void shouldRejectBadArguments() throws Exception {
        Path f = write("d.txt", "On Friday.");
        assertBad(run("analyze"));
        assertBad(run("analyze", "--published", "2023-03-18"));
        assertBad(run("analyze", dir.resolve("missing.txt").toString()));
        assertBad(run("analyze", "--published", "2023-02-30", f.toString()));
        assertBad(run("analyze", "--published", "18/03/2023", f.toString()));
        assertBad(run("analyze", "--published", "2023-3-18", f.toString()));
        assertBad(run("analyze", "--published"));
        assertBad(run("analyze", "--verbose", f.toString()));
        assertBad(run("analyze", dir.toString()));
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
        assertBad(run("analyze", bad.toString()));
    }

    private static void assertBad(Result r) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        String err = r.err();
        assertTrue(err.startsWith("error: ") && err.strip().lines().count() == 1, err);
    }

    @Test
    void shouldAnalyzeSeedArticle() {
        Result r = run("analyze", "--published", "2023-03-20",
                SeedArticles.path("004_b0e6b9b82553c804.txt").toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("\"text\":\"from Monday to Wednesday\",\"type\":\"DATE\","
                + "\"value\":\"2023-03-20/2023-03-22\",\"earliest\":\"2023-03-20\",\"latest\":\"2023-03-22\","
                + "\"edtf\":\"2023-03-20/2023-03-22\""), r.out());
    }
}
