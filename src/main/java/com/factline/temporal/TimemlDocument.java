package com.factline.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A TimeML document reduced to what a temporal tagger is scored on: the plain text of
 * {@code <TEXT>} (tags dropped, entities decoded), its gold TIMEX3 with character offsets in that
 * text, and the document creation time (the TIMEX3 with {@code functionInDocument="CREATION_TIME"}).
 *
 * <p>The parser is a single forward scan over the markup (no DOM, no regex backtracking), so it is
 * linear in the file size. It accepts the TimeML subset the TempEval-3 files use: elements with
 * double- or single-quoted attributes, no CDATA inside {@code <TEXT>}.
 *
 * @param name  the document's name (file name)
 * @param dct   the creation date, or null when the document has none
 * @param text  plain text of {@code <TEXT>}
 * @param gold  the TIMEX3 inside {@code <TEXT>}, in text order (the DCT is not among them)
 */
public record TimemlDocument(String name, LocalDate dct, String text, List<Timex> gold) {

    /** One gold TIMEX3: UTF-16 char offsets into {@link #text()}, end exclusive. */
    public record Timex(int start, int end, String text, String type, String value, String mod) {
    }

    /** Parses TimeML markup; throws {@link IllegalArgumentException} with a clear message when it is not TimeML. */
    public static TimemlDocument parse(String name, String xml) {
        LocalDate dct = null;
        int dctTag = indexOfCreationTime(xml);
        if (dctTag >= 0) {
            int close = xml.indexOf('>', dctTag);
            String value = attribute(xml.substring(dctTag, close < 0 ? xml.length() : close), "value");
            if (value != null && value.length() >= 10) {
                try {
                    dct = LocalDate.parse(value.substring(0, 10));
                } catch (RuntimeException e) {
                    dct = null;
                }
            }
        }
        int open = xml.indexOf("<TEXT>");
        int close = xml.indexOf("</TEXT>", Math.max(open, 0));
        if (open < 0 || close < 0) {
            throw new IllegalArgumentException(name + ": no <TEXT>…</TEXT> element, not a TimeML document");
        }
        StringBuilder plain = new StringBuilder(close - open);
        List<Timex> gold = new ArrayList<>();
        int timexStart = -1;
        String type = null;
        String value = null;
        String mod = null;
        int i = open + "<TEXT>".length();
        while (i < close) {
            char c = xml.charAt(i);
            if (c == '<') {
                int gt = xml.indexOf('>', i);
                if (gt < 0 || gt > close) {
                    throw new IllegalArgumentException(name + ": unterminated tag at character " + i);
                }
                String tag = xml.substring(i + 1, gt);
                if (tag.startsWith("TIMEX3")) {
                    timexStart = plain.length();
                    type = attribute(tag, "type");
                    value = attribute(tag, "value");
                    mod = attribute(tag, "mod");
                } else if (tag.equals("/TIMEX3") && timexStart >= 0) {
                    gold.add(new Timex(timexStart, plain.length(), plain.substring(timexStart), type, value, mod));
                    timexStart = -1;
                }
                i = gt + 1;
            } else if (c == '&') {
                int semi = xml.indexOf(';', i);
                String entity = semi < 0 || semi - i > 10 ? null : xml.substring(i + 1, semi);
                String decoded = entity == null ? null : decode(entity);
                if (decoded == null) {
                    plain.append(c);
                    i++;
                } else {
                    plain.append(decoded);
                    i = semi + 1;
                }
            } else if (c == '\r') {
                // CRLF files: keep offsets in the text the tagger sees, which has LF line ends.
                if (i + 1 < close && xml.charAt(i + 1) == '\n') {
                    i++;
                } else {
                    plain.append('\n');
                    i++;
                }
            } else {
                plain.append(c);
                i++;
            }
        }
        return new TimemlDocument(name, dct, plain.toString(), List.copyOf(gold));
    }

    private static int indexOfCreationTime(String xml) {
        int at = xml.indexOf("CREATION_TIME");
        if (at < 0) {
            return -1;
        }
        return xml.lastIndexOf('<', at);
    }

    /** The value of attribute {@code name} in a tag's inside text, or null. */
    static String attribute(String tag, String name) {
        int from = 0;
        while (true) {
            int at = tag.indexOf(name + "=", from);
            if (at < 0) {
                return null;
            }
            if (at > 0 && !Character.isWhitespace(tag.charAt(at - 1))) {
                from = at + 1;
                continue;
            }
            int q = at + name.length() + 1;
            if (q >= tag.length()) {
                return null;
            }
            char quote = tag.charAt(q);
            if (quote != '"' && quote != '\'') {
                return null;
            }
            int end = tag.indexOf(quote, q + 1);
            if (end < 0) {
                return null;
            }
            String raw = tag.substring(q + 1, end);
            return raw.indexOf('&') < 0 ? raw : raw.replace("&quot;", "\"").replace("&apos;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }
    }

    private static String decode(String entity) {
        switch (entity.toLowerCase(Locale.ROOT)) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                break;
        }
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            }
            if (entity.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
