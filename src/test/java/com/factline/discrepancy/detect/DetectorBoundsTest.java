package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.reliability.HostileTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Crafted texts that made the detectors quadratic or overflow the stack. The timeouts are generous
 * guards against a quadratic blow-up (each case took minutes to hours before), not speed goals.
 */
class DetectorBoundsTest {

    /** Runs on a thread with a small stack (256 KB), where a recursive regex over a 1 MB token overflows. */
    private static <T> T onSmallStack(java.util.function.Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertThat(failure.get()).as("no error, a StackOverflowError included").isNull();
        return result.get();
    }

    private static List<DetectDocument> withNormalDocument(String crafted) {
        return TestDocs.docs("Crafted", crafted, "Wire",
                "Russian President Vladimir Putin met Xi Jinping in Moscow on Monday. “Our partnership is boundless,”"
                        + " Putin said. Officials said 12 soldiers were killed near the border.");
    }

    // The timeouts guard against a quadratic blow-up (hours on these 3 MB inputs), not speed: about 20 s of
    // CPU each on an idle machine, several times that when other builds share the 2 cores.
    @Test
    @Timeout(180)
    void shouldSplitAOneMegabyteHyphenatedTokenIntoOneWordWithoutOverflowingTheStack() throws Exception {
        String token = HostileTexts.oneToken(1_000_000);
        DocText d = onSmallStack(() -> new DocText(new DetectDocument("d0", "X", "Before " + token + " after."), 0, "X"));
        assertThat(d.tokens).hasSize(3);
        assertThat(d.tokens.get(1).text()).hasSize(token.length());
        List<String> words = onSmallStack(() -> WordDiff.words(token + " and " + token));
        assertThat(words).hasSize(3);
    }

    @Test
    @Timeout(180)
    void shouldRunEveryDetectorOnAMegabyteTokenText() throws Exception {
        List<Suggestion> s = onSmallStack(() -> new DiscrepancyDetector().detect(
                withNormalDocument(HostileTexts.megabyteTokens(2_000_000)), List.of()));
        assertThat(s).isNotNull();
    }

    @Test
    @Timeout(180)
    void shouldCompareBoundedPairsForThousandsOfNumbersWithOneNoun() {
        String text = HostileTexts.manyNumbersOneNoun(3_000_000);
        List<DetectDocument> docs = TestDocs.docs("A", text, "B", text.replace(" soldiers", " soldiers in the valley"));
        List<Suggestion> s = TestDocs.run(SuggestionKind.NUMBER, docs);
        // at most the first mentions per document are compared, so at most their pairs are reported
        int cap = NumberDetector.MAX_MENTIONS_PER_HEAD_AND_DOCUMENT;
        assertThat(s.size()).isLessThanOrEqualTo(cap * cap);
        assertThat(new NumberDetector(new Corpus(docs)).mentions(new Corpus(docs).docs.getFirst())).hasSize(cap);
    }

    @Test
    @Timeout(180)
    void shouldRunEveryDetectorOnOneGiantSentenceOfCapitalisedNames() {
        String text = HostileTexts.giantSentence(3_000_000);
        List<Suggestion> s = new DiscrepancyDetector().detect(withNormalDocument(text), List.of());
        for (Suggestion x : s) {
            assertThat(x.reason().length()).as("a reason stays a sentence").isLessThan(5_000);
        }
    }

    @Test
    @Timeout(180)
    void shouldDiffTwoLongPassagesAsOneReplacedBlockBeyondTheBudget() {
        StringBuilder a = new StringBuilder("Same start ");
        StringBuilder b = new StringBuilder("Same start ");
        for (int i = 0; i < 20_000; i++) {
            a.append("alpha").append(i).append(' ');
            b.append("beta").append(i).append(' ');
        }
        a.append("same end");
        b.append("same end");
        assertThat(WordDiff.tooLongToCompare(a.toString(), b.toString())).isTrue();
        List<DiffToken> diff = WordDiff.diff(a.toString(), b.toString());
        assertThat(diff).hasSize(2 + 20_000 + 20_000 + 2);
        assertThat(diff.subList(0, 2)).allMatch(t -> t.op() == DiffToken.Op.EQUAL);
        assertThat(diff.get(2).op()).isEqualTo(DiffToken.Op.DELETE);
        assertThat(diff.get(20_002).op()).isEqualTo(DiffToken.Op.INSERT);
        assertThat(diff.getLast().op()).isEqualTo(DiffToken.Op.EQUAL);
        assertThat(WordDiff.summary(diff, 5).length()).isLessThan(1_000);
        assertThat(WordDiff.tooLongToCompare("the truce held", "the ceasefire held")).isFalse();
    }

    @Test
    @Timeout(180)
    void shouldFindConflictingDatesAmongThousandsOfClaimsOfOneEventInOnePass() {
        List<DetectClaim> claims = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            LocalDate d = LocalDate.of(2023, 3, 17);
            claims.add(new DetectClaim("c" + i, "d0", 0, 3, "The", "ev1", d, d));
        }
        claims.add(new DetectClaim("late", "d0", 0, 3, "The", "ev1", LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 20)));
        assertThat(DateDetector.conflicting(claims)).hasSize(50_001);
        assertThat(DateDetector.conflicting(claims.subList(0, 50_000))).isEmpty();
        List<Suggestion> s = new DiscrepancyDetector().detect(TestDocs.docs("A", "The warrant was issued."), claims);
        assertThat(s).filteredOn(x -> x.kind() == SuggestionKind.DATE).hasSize(1);
    }

    @Test
    void shouldConvertBetweenCharsAndCodePointsAroundEmoji() {
        DocText d = new DocText(new DetectDocument("d0", "X", "a😀b😀c"), 0, "X");
        assertThat(d.codePointIndex(0)).isZero();
        assertThat(d.codePointIndex(3)).isEqualTo(2); // "b"
        assertThat(d.codePointIndex(6)).isEqualTo(4); // "c"
        assertThat(d.charIndexOfCodePoint(2)).isEqualTo(3);
        assertThat(d.charIndexOfCodePoint(4)).isEqualTo(6);
        assertThat(d.charIndexOfCodePoint(99)).isEqualTo(7);
        assertThat(d.span(3, 6).start()).isEqualTo(2);
        assertThat(d.span(3, 6).end()).isEqualTo(4);
    }
}
