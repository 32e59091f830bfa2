package com.factline.source;

import com.factline.base.InvalidInputException;
import com.factline.base.UnsupportedTypeException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded file or a pasted text into the article text that is stored. Pure: no
 * Spring, no database. Everything it refuses, it refuses with a message a person can act on.
 */
final class ArticleText {

    /** Decoded text plus, for HTML, the document's own title. */
    record Decoded(String text, @Nullable String htmlTitle) {
    }

    private ArticleText() {
    }

    static Decoded decodeFile(@Nullable String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        boolean text = name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".text");
        if (!html && !text) {
            throw new UnsupportedTypeException("Only .txt, .md and .html files can be imported"
                    + (name.isEmpty() ? "." : "; \u201c" + abbreviate(fileName) + "\u201d is none of these."));
        }
        if (bytes.length == 0) {
            throw new InvalidInputException("empty_file", "The file is empty.");
        }
        String decoded = decodeBytes(bytes);
        if (html) {
            return htmlToText(decoded);
        }
        return new Decoded(decoded, null);
    }

    static String decodeBytes(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnsupportedTypeException("This looks like a binary file (it contains NUL bytes), not text.");
            }
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return strict(bytes, offset, StandardCharsets.UTF_8, "UTF-8");
    }

    private static String strict(byte[] bytes, int offset, java.nio.charset.Charset charset, String label) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new InvalidInputException("invalid_encoding", "The file is not valid " + label + " (bad byte at position "
                    + in.position() + "). Save it as UTF-8 and import it again"
                    + (label.equals("UTF-8") ? "; it may be Windows-1252 or Latin-1." : "."));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("invalid_encoding", "The file is not valid " + label + ". Save it as UTF-8 and import it again.");
        }
    }

    /**
     * Reduces HTML to its readable text: scripts, styles and other non-content elements are
     * dropped, block elements become paragraph breaks.
     */
    static Decoded htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().isBlank() ? null : doc.title().strip();
        doc.select("script, style, noscript, template, iframe, object, embed, svg, canvas, head, nav, form, button, select").remove();
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
                    if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n')) {
                        out.append(s);
                    }
                } else if (node instanceof Element e && e.nameIs("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && e.isBlock()) {
                    breakParagraph(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    breakParagraph(out);
                }
            }
        });
        return new Decoded(tidyLines(out), title);
    }

    /**
     * Strips every line and keeps at most one empty line between paragraphs, in one pass: joining
     * the lines with string concatenation was quadratic in the number of lines (issue 11).
     */
    static String tidyLines(CharSequence raw) {
        StringBuilder text = new StringBuilder(raw.length());
        int blankRun = 0;
        int start = 0;
        int n = raw.length();
        while (start <= n) {
            int end = start;
            while (end < n && raw.charAt(end) != '\n') {
                end++;
            }
            int a = start;
            int b = end;
            while (a < b && Character.isWhitespace(raw.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(raw.charAt(b - 1))) {
                b--;
            }
            if (a == b) {
                blankRun++;
            } else {
                if (!text.isEmpty()) {
                    text.append(blankRun > 0 ? "\n\n" : "\n");
                }
                text.append(raw, a, b);
                blankRun = 0;
            }
            start = end + 1;
        }
        return text.toString();
    }

    private static void breakParagraph(StringBuilder out) {
        int len = out.length();
        if (len == 0) {
            return;
        }
        if (len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n') {
            return;
        }
        out.append(out.charAt(len - 1) == '\n' ? "\n" : "\n\n");
    }

    /**
     * The stored form of a text: line breaks unified and a leading byte-order mark dropped,
     * nothing else touched (offsets must keep pointing at what the editor saw).
     */
    static String normalise(String text) {
        String t = text;
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        validate(t);
        return t;
    }

    static void validate(String t) {
        if (t.isEmpty()) {
            throw new InvalidInputException("empty_text", "The article text is empty.");
        }
        boolean hasContent = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.isSurrogate(t.charAt(i)) && Character.charCount(cp) == 1) {
                throw new InvalidInputException("invalid_text", "The text contains a broken Unicode character (a lone surrogate) at position " + i + ".");
            }
            if (cp == 0 || (Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t')) {
                throw new InvalidInputException("invalid_text", "The text contains a control character (U+"
                        + String.format("%04X", cp) + ") at position " + t.codePointCount(0, i) + "; is it a binary file?");
            }
            if (Character.isLetterOrDigit(cp)) {
                hasContent = true;
            }
            i += Character.charCount(cp);
        }
        if (!hasContent) {
            throw new InvalidInputException("empty_text", "The article text has no letters or digits: only white space or invisible characters.");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
