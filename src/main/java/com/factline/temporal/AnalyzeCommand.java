package com.factline.temporal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line front end: {@code analyze [--published YYYY-MM-DD] [--stats] FILE...}.
 *
 * <p>Prints one JSON object per expression per line. Exit code 0 on success, 2 on bad arguments or
 * unreadable input; nothing is printed to standard output unless all arguments are valid, so a
 * caller never has to discard partial output.
 */
public final class AnalyzeCommand {

    // STRICT with "uuuu" rejects impossible dates such as 2023-02-30 instead of clamping them.
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private AnalyzeCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        LocalDate published = null;
        boolean stats = false;
        List<String> files = new ArrayList<>();
        int i = 0;
        if (args.length > 0 && args[0].equals("analyze")) {
            i = 1;
        }
        boolean optionsEnded = false;
        for (; i < args.length; i++) {
            String a = args[i];
            if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && (a.equals("--published") || a.startsWith("--published="))) {
                String v;
                if (a.equals("--published")) {
                    if (i + 1 >= args.length) {
                        err.println("error: --published needs a date (YYYY-MM-DD)");
                        return 2;
                    }
                    v = args[++i];
                } else {
                    v = a.substring("--published=".length());
                }
                try {
                    published = LocalDate.parse(v, DATE);
                } catch (DateTimeParseException e) {
                    err.println("error: invalid --published date '" + v + "', expected an existing date YYYY-MM-DD");
                    return 2;
                }
            } else if (!optionsEnded && a.equals("--stats")) {
                stats = true;
            } else if (!optionsEnded && a.startsWith("-") && a.length() > 1) {
                err.println("error: unknown option " + a
                        + "; usage: analyze [--published YYYY-MM-DD] [--stats] FILE...");
                return 2;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println("error: no input file; usage: analyze [--published YYYY-MM-DD] [--stats] FILE...");
            return 2;
        }
        List<String> texts = new ArrayList<>(files.size());
        for (String f : files) {
            try {
                byte[] bytes = Files.readAllBytes(Path.of(f));
                texts.add(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                err.println("error: " + f + " is not valid UTF-8");
                return 2;
            } catch (IOException | RuntimeException e) {
                err.println("error: cannot read " + f + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
                return 2;
            }
        }
        TemporalResolver resolver = new TemporalResolver();
        long nanos = 0;
        long chars = 0;
        StringBuilder line = new StringBuilder(512);
        for (int k = 0; k < texts.size(); k++) {
            String text = texts.get(k);
            long t0 = System.nanoTime();
            List<TemporalExpression> found = resolver.resolve(text, published);
            nanos += System.nanoTime() - t0;
            chars += text.codePointCount(0, text.length());
            for (TemporalExpression e : found) {
                line.setLength(0);
                toJson(line, files.get(k), e);
                out.println(line);
            }
        }
        out.flush();
        if (stats) {
            long ms = nanos / 1_000_000;
            long perSecond = nanos == 0 ? 0 : Math.round(chars * 1_000_000_000.0 / nanos);
            err.println("stats docs=" + texts.size() + " chars=" + chars + " ms=" + ms + " chars_per_s=" + perSecond);
        }
        return 0;
    }

    static void toJson(StringBuilder sb, String file, TemporalExpression e) {
        sb.append('{');
        field(sb, "file", file).append(',');
        sb.append("\"start\":").append(e.start()).append(',');
        sb.append("\"end\":").append(e.end()).append(',');
        field(sb, "text", e.text()).append(',');
        field(sb, "type", e.type() == null ? null : e.type().name()).append(',');
        field(sb, "value", e.value()).append(',');
        field(sb, "earliest", e.earliest() == null ? null : e.earliest().toString()).append(',');
        field(sb, "latest", e.latest() == null ? null : e.latest().toString()).append(',');
        field(sb, "edtf", e.edtf()).append(',');
        sb.append("\"anchored\":").append(e.anchored()).append(',');
        field(sb, "explanation", e.explanation()).append(',');
        sb.append("\"sentence\":{\"start\":").append(e.sentenceStart()).append(",\"end\":").append(e.sentenceEnd())
                .append("}}");
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        sb.append('"').append(name).append("\":");
        if (value == null) {
            return sb.append("null");
        }
        return quote(sb, value);
    }

    static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    // U+2028/2029 are legal JSON but break JavaScript consumers that eval lines.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
