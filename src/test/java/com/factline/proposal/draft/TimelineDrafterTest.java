package com.factline.proposal.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.align.SentenceEmbedder;
import com.factline.temporal.DateValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineDrafterTest {

    private static final LocalDate MONDAY = LocalDate.of(2023, 3, 20);

    private final TimelineDrafter drafter = new TimelineDrafter(new WordHashEmbedder());

    private static DraftSource source(String id, String outlet, String text) {
        return new DraftSource(id, outlet, null, MONDAY, text);
    }

    @Test
    void shouldProposeOneEventForTheSameHappeningReportedByTwoSources() {
        List<DraftEvent> events = drafter.draft(List.of(
                source("a", "Daily", "The court issued an arrest warrant for the president on Friday in The Hague.\n"),
                source("b", "Herald", "On Friday the court in The Hague issued an arrest warrant for the president.\n")));
        assertThat(events).hasSize(1);
        DraftEvent e = events.get(0);
        assertThat(e.sourceCount()).isEqualTo(2);
        assertThat(e.date()).isEqualTo(DateValue.day(LocalDate.of(2023, 3, 17)));
        assertThat(e.dateConflict()).isNull();
        assertThat(e.passages()).extracting(DraftPassage::sourceId).containsExactly("a", "b");
        assertThat(e.explanation()).contains("2 independent sources");
        assertThat(e.explanation()).contains("Date " + e.date().display() + ", the overlap of the dates of its 2 dated passages");
    }

    @Test
    void shouldHoldBackASingleSourceMentionThatOnlyInheritsItsDateFromTheParagraph() {
        TimelineDrafter.Draft draft = drafter.draftAll(List.of(source("a", "Daily",
                "The board met on Friday in Geneva. Later the chairman resigned over an unrelated dispute about pensions.\n")));
        assertThat(draft.hidden()).isEqualTo(1);
        assertThat(draft.shown()).hasSize(1);
        assertThat(draft.shown().get(0).title()).contains("met on Friday");
        assertThat(draft.shown().get(0).explanation()).startsWith("Reported by Daily only.")
                .contains("from its one dated passage: dated by \u201cFriday\u201d");
    }

    @Test
    void shouldKeepSimilarHappeningsWithIncompatibleDatesApart() {
        // every passage mentioning 2002 is 0.75 similar to every other: similar, but not nearly the same
        SentenceEmbedder fixed = new SentenceEmbedder() {
            @Override
            public float[] embed(String text) {
                return text.contains("2002") ? new float[] {1, 0} : new float[] {0.75f, (float) Math.sqrt(1 - 0.5625)};
            }

            @Override
            public int dimensions() {
                return 2;
            }
        };
        List<DraftEvent> events = new TimelineDrafter(fixed).draft(List.of(
                source("a", "Daily", "The court in The Hague issued an arrest warrant for the former minister in 2002.\n"),
                source("b", "Herald", "On Friday the court issued an arrest warrant for the president of the republic.\n")));
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.sourceCount()).isEqualTo(1));
    }

    @Test
    void shouldGroupNearlyIdenticalPassagesDespiteDifferentDatesAndSaySo() {
        List<DraftEvent> events = drafter.draft(List.of(
                source("a", "Daily", "The court issued an arrest warrant for the president of the republic on Friday.\n"),
                source("b", "Herald", "The court issued an arrest warrant for the president of the republic on Thursday.\n")));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).dateConflict()).isEqualTo(
                "The sources disagree on the date: Daily gives 17 March 2023; Herald gives 16 March 2023.");
        assertThat(events.get(0).explanation()).contains("disagree on the date");
    }

    @Test
    void shouldCountARepublishedCopyAndItsOriginalOnce() {
        String text = "The court issued an arrest warrant for the president on Friday in The Hague.\n";
        List<DraftEvent> events = drafter.draft(List.of(source("a", "Wire", text),
                new DraftSource("b", "Aggregator", "a", MONDAY, text)));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).passages()).hasSize(2);
        assertThat(events.get(0).sourceCount()).isEqualTo(1);
    }

    @Test
    void shouldGiveEveryPassageItsExactQuoteAndCodePointOffsets() {
        String text = "\uD83D\uDCF0 Headline\n\nThe court issued an arrest warrant for the president on Friday.\n";
        DraftPassage p = drafter.draft(List.of(source("a", "Daily", text))).get(0).passages().get(0);
        assertThat(p.quote()).isEqualTo("The court issued an arrest warrant for the president on Friday.");
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, p.start(), p.end() - p.start())).isEqualTo(p.quote());
    }

    @Test
    void shouldGiveTheSameProposalsInTheSameOrderForTheSameInput() {
        List<DraftSource> sources = List.of(
                source("a", "Daily", "The court issued an arrest warrant on Friday. Xi arrived in Moscow on Monday.\n"),
                source("b", "Herald", "Xi arrived in Moscow on Monday for talks. The court issued a warrant on Friday.\n"));
        List<DraftEvent> first = drafter.draft(sources);
        List<DraftEvent> second = new TimelineDrafter(new WordHashEmbedder()).draft(sources);
        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(DraftEvent::key).doesNotHaveDuplicates();
    }

    @Test
    void shouldNotProposeALoneStatementDatedOnlyByItsPublication() {
        assertThat(drafter.draft(List.of(source("a", "Daily", "The plan is a mistake, the minister said.\n")))).isEmpty();
    }

    @Test
    void shouldProposeNothingForNoSources() {
        assertThat(drafter.draft(List.of())).isEmpty();
    }
}
