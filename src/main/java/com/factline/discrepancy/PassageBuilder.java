package com.factline.discrepancy;

import com.factline.discrepancy.detect.DiffToken;
import com.factline.discrepancy.detect.WordDiff;
import com.factline.temporal.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pure: cuts a span's context out of a source text and marks the words that differ between two spans. */
final class PassageBuilder {

    /** The same notion of a word as {@link WordDiff}, so its tokens line up with the words found here. */
    /** Possessive, so one very long hyphenated token cannot overflow the stack (see {@code DocText.WORD}). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['’\\-][\\p{L}\\p{N}]++)*+");
    static final int MAX_CONTEXT = 400;
    private static final int WINDOW = 3 * MAX_CONTEXT;

    private PassageBuilder() {
    }

    /**
     * Text before and after the span (code points {@code start}–{@code end}): the rest of the
     * sentences it touches and one more sentence each way, at most {@link #MAX_CONTEXT} characters.
     */
    static String[] context(String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        // Sentences are found only in a window around each end of the span: the context never reaches further
        // than MAX_CONTEXT, and splitting a whole 5 MB text for every passage cost time linear in the text.
        int bFrom = Math.max(0, s - WINDOW);
        List<SentenceSplitter.Sentence> before = SentenceSplitter.split(sub(text, bFrom, Math.min(length, s + WINDOW)));
        int first = -1;
        for (int i = 0; i < before.size() && first < 0; i++) {
            if (before.get(i).end() + bFrom > s) {
                first = i;
            }
        }
        int aFrom = Math.max(s, e - WINDOW);
        int aTo = Math.min(length, e + WINDOW);
        List<SentenceSplitter.Sentence> after = SentenceSplitter.split(sub(text, aFrom, aTo));
        int last = -1;
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).start() + aFrom < Math.max(e, s + 1)) {
                last = i;
            }
        }
        int from = first <= 0 ? bFrom : before.get(first - 1).start() + bFrom;
        int to = last < 0 || last + 1 >= after.size() ? aTo : after.get(last + 1).end() + aFrom;
        from = Math.max(from, s - MAX_CONTEXT);
        to = Math.min(to, e + MAX_CONTEXT);
        String beforeText = sub(text, from, s);
        String afterText = sub(text, e, to);
        return new String[] {(from > 0 ? "…" : "") + beforeText, afterText + (to < length ? "…" : "")};
    }

    /** Marks each word of {@code text} by the diff op of the matching token on that side ("del" for the first side). */
    static List<Passage.Piece> mark(String text, List<DiffToken> tokens, boolean firstSide) {
        List<DiffToken> mine = tokens.stream()
                .filter(t -> t.op() == DiffToken.Op.EQUAL || t.op() == (firstSide ? DiffToken.Op.DELETE : DiffToken.Op.INSERT))
                .toList();
        List<Passage.Piece> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int pos = 0;
        int k = 0;
        StringBuilder equal = new StringBuilder();
        while (m.find()) {
            equal.append(text, pos, m.start());
            boolean changed = k < mine.size() && mine.get(k).op() != DiffToken.Op.EQUAL;
            k++;
            if (changed) {
                flush(out, equal);
                out.add(new Passage.Piece(m.group(), firstSide ? "del" : "ins"));
            } else {
                equal.append(m.group());
            }
            pos = m.end();
        }
        equal.append(text.substring(pos));
        flush(out, equal);
        return out;
    }

    private static void flush(List<Passage.Piece> out, StringBuilder equal) {
        if (!equal.isEmpty()) {
            out.add(new Passage.Piece(equal.toString(), "equal"));
            equal.setLength(0);
        }
    }

    private static String sub(String text, int fromCp, int toCp) {
        int a = text.offsetByCodePoints(0, fromCp);
        int b = text.offsetByCodePoints(a, toCp - fromCp);
        return text.substring(a, b);
    }
}
