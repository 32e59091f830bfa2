package com.factline.proposal.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.factline.temporal.DateValue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContextDatesTest {

    private static final LocalDate SATURDAY = LocalDate.of(2023, 3, 18);

    private static Optional<DatedSpan> dateOf(String text, String selection) {
        int at = text.indexOf(selection);
        return ContextDates.dateAt(text, SATURDAY, at, at + selection.length());
    }

    @Test
    void shouldDateASelectionFromATemporalExpressionInItsOwnSentence() {
        String text = "The court issued an arrest warrant on Friday for the president.";
        DatedSpan d = dateOf(text, "issued an arrest warrant").orElseThrow();
        assertThat(d.date()).isEqualTo(DateValue.day(LocalDate.of(2023, 3, 17)));
        assertThat(d.basis()).isEqualTo(DatedSpan.Basis.CLAUSE);
        assertThat(d.explanation()).contains("\u201cFriday\u201d").contains("in the same clause");
    }

    @Test
    void shouldPutABareWeekdayOfAPresentTenseTimeClauseAfterThePublicationDate() {
        // "said" dates the resolver's Monday back; the present-tense time clause puts it ahead. ("urged the president
        // to confront … when they meet on Monday" is dated ahead by the resolver itself.)
        String text = "Senators said the president has a duty to confront Mr. Putin when they meet on Monday in Helsinki.";
        DatedSpan d = dateOf(text, "when they meet on Monday in Helsinki").orElseThrow();
        assertThat(d.date()).isEqualTo(DateValue.day(LocalDate.of(2023, 3, 20)));
        assertThat(d.explanation()).contains("looks ahead");
    }

    @Test
    void shouldKeepABareWeekdayOfAPastTenseClauseBeforeThePublicationDate() {
        String text = "The president met Mr. Putin on Monday in Helsinki.";
        assertThat(dateOf(text, "met Mr. Putin").orElseThrow().date()).isEqualTo(DateValue.day(LocalDate.of(2023, 3, 13)));
    }

    @Test
    void shouldInheritTheReferenceTimeOfAnEarlierSentenceOfTheParagraph() {
        String text = "Lines hardened on Friday with an announcement from The Hague. "
                + "The International Criminal Court charged Mr. Putin with war crimes.\n\nNothing else happened.";
        DatedSpan d = dateOf(text, "charged Mr. Putin with war crimes").orElseThrow();
        assertThat(d.date()).isEqualTo(DateValue.day(LocalDate.of(2023, 3, 17)));
        assertThat(d.basis()).isEqualTo(DatedSpan.Basis.DISCOURSE);
        assertThat(d.explanation()).contains("Inherited from \u201cFriday\u201d").contains("17 March 2023");
    }

    @Test
    void shouldDateAClauseWithoutItsOwnDateFromTheMainClauseOfItsSentence() {
        String text = "The court met on Friday, and the judges issued an arrest warrant for the president.";
        DatedSpan d = dateOf(text, "the judges issued an arrest warrant").orElseThrow();
        assertThat(d.date()).isEqualTo(DateValue.day(LocalDate.of(2023, 3, 17)));
        assertThat(d.explanation()).contains("in the same sentence");
    }

    @Test
    void shouldNotLendTheMainClauseDateToAClauseThatHappenedAtAnotherTime() {
        String text = "The leader arrived in Moscow on Monday, just days after the court issued an arrest warrant for him.";
        assertThat(dateOf(text, "the court issued an arrest warrant")).isEmpty();
    }

    @Test
    void shouldNotLendTheMainClauseDateToABackgroundRelativeClause() {
        String text = "His wife, who resigned from the city council, will plead guilty on Wednesday.";
        assertThat(dateOf(text, "resigned from the city council")).isEmpty();
    }

    @Test
    void shouldNotInheritADateAcrossAParagraphBreak() {
        String text = "Lines hardened on Friday.\n\nThe court charged the president with war crimes.";
        assertThat(dateOf(text, "charged the president")).isEmpty();
    }

    @Test
    void shouldPlaceReportedSpeechWithoutADateOnOrBeforeThePublicationDate() {
        String text = "The new policy is a mistake, the minister said.";
        DatedSpan d = dateOf(text, "the minister said").orElseThrow();
        assertThat(d.basis()).isEqualTo(DatedSpan.Basis.PUBLICATION);
        assertThat(d.date().latest()).isEqualTo(SATURDAY);
        assertThat(d.date().earliest()).isBefore(SATURDAY);
        assertThat(d.explanation()).contains("on or before the publication date 18 March 2023");
    }

    @Test
    void shouldGiveNoDateWhenNeitherSentenceNorParagraphNorSpeechGivesOne() {
        assertThat(dateOf("The river floods the valley.", "floods")).isEmpty();
    }

    @Test
    void shouldPreferTheExpressionInsideTheSelectionOverANearerOneOutside() {
        String text = "He was first elected in 1995 and pleaded guilty on Wednesday.";
        DatedSpan d = dateOf(text, "first elected in 1995").orElseThrow();
        assertThat(d.date().earliest()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(d.date().latest()).isEqualTo(LocalDate.of(1995, 12, 31));
    }

    @Test
    void shouldCountOffsetsInCodePoints() {
        String text = "\uD83D\uDCF0 The court issued a warrant on Friday.";
        int start = text.codePointCount(0, text.indexOf("issued"));
        DatedSpan d = ContextDates.dateAt(text, SATURDAY, start, start + 6).orElseThrow();
        assertThat(d.date().earliest()).isEqualTo(LocalDate.of(2023, 3, 17));
    }

    @Test
    void shouldDateEverySentenceOfAHugeUndatedParagraphInBoundedTime() {
        String text = "The committee said the plan, which was drafted, and revised, was approved. ".repeat(20_000);
        ContextDates context = ContextDates.of(text, SATURDAY);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < context.sentences().size(); i++) {
                var s = context.sentences().get(i);
                assertThat(context.dateAt(s.start(), s.end())).isPresent();
            }
        });
    }

    @Test
    void shouldRejectASpanOutsideTheText() {
        assertThatThrownBy(() -> ContextDates.dateAt("Short.", SATURDAY, 3, 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside the text");
    }
}
