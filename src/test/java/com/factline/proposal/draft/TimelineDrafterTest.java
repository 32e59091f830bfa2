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
        SentenceEmbedder fixed = twoVectors("2002", new float[] {0.75f, (float) Math.sqrt(1 - 0.5625)});
        List<DraftEvent> events = new TimelineDrafter(fixed).draft(List.of(
                source("a", "Daily", "The court in The Hague issued an arrest warrant for the former minister in 2002.\n"),
                source("b", "Herald", "On Friday the court issued an arrest warrant for the president of the republic.\n")));
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.sourceCount()).isEqualTo(1));
    }

    /** (1, 0) for a passage that contains {@code word}, {@code otherwise} for any other. */
    private static SentenceEmbedder twoVectors(String word, float[] otherwise) {
        return new SentenceEmbedder() {
            @Override
            public float[] embed(String text) {
                return text.contains(word) ? new float[] {1, 0} : otherwise;
            }

            @Override
            public int dimensions() {
                return 2;
            }
        };
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

    /** Every passage is the same to it: only the dates and the event words can keep two passages apart. */
    private static final SentenceEmbedder ALL_ALIKE = new SentenceEmbedder() {
        @Override
        public float[] embed(String text) {
            return new float[] {1, 0};
        }

        @Override
        public int dimensions() {
            return 2;
        }
    };

    /** The proposals for one passage of Daily and one of Herald, to a drafter that finds all passages alike. */
    private static List<DraftEvent> draftAlike(String daily, String herald) {
        return new TimelineDrafter(ALL_ALIKE).draft(List.of(source("a", "Daily", daily), source("b", "Herald", herald)));
    }

    @Test
    void shouldKeepAlikePassagesWithDifferentDatesApartWhenTheyNameDifferentHappenings() {
        List<DraftEvent> events = draftAlike("The assembly passed the harbour bill for the governor on Thursday.\n",
                "The assembly sent the harbour bill to the governor on Monday.\n");
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.dateConflict()).isNull());
    }

    @Test
    void shouldGroupAlikePassagesDespiteDifferentDatesWhenOneNamesTheOthersEventWordAsANoun() {
        List<DraftEvent> events = draftAlike("The senator apologized for the outburst in a statement on Friday.\n",
                "The senator issued an apology for the outburst on Thursday.\n");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).dateConflict()).contains("Daily gives 17 March 2023", "Herald gives 16 March 2023");
    }

    @Test
    void shouldNotJoinTwoDatedHappeningsThroughAStatementAlikeToBoth() {
        // the statement is 0.52 alike to each happening (too little to join in the first pass, enough to merge
        // groups); the two happenings are not alike at all
        float z = (float) Math.sqrt(1 - 2 * 0.52 * 0.52);
        SentenceEmbedder byTopic = new SentenceEmbedder() {
            @Override
            public float[] embed(String text) {
                return text.contains("budget") ? new float[] {1, 0, 0}
                        : text.contains("decree") ? new float[] {0, 1, 0} : new float[] {0.52f, 0.52f, z};
            }

            @Override
            public int dimensions() {
                return 3;
            }
        };
        List<DraftEvent> events = new TimelineDrafter(byTopic).draft(List.of(
                source("a", "Daily", "The council passed the harbour budget in March.\n"),
                source("b", "Herald", "The mayor signed the harbour decree on Friday.\n"),
                source("c", "Courier", "The harbour works were delayed again, the engineer said.\n")));
        assertThat(events).noneSatisfy(e -> assertThat(e.passages()).extracting(DraftPassage::sourceId).contains("a", "b"));
        // the statement still joins one of them
        assertThat(events).anySatisfy(e -> assertThat(e.passages()).extracting(DraftPassage::sourceId).containsExactly("b", "c"));
    }

    @Test
    void shouldProposeAStatementThatTwoSourcesAttributeToTheSameNamedSpeakers() {
        List<DraftEvent> events = draftAlike(
                "\"The plan is a mistake,\" Governor Ames and Mayor Brook said in a joint statement.\n",
                "Governor Ames and Mayor Brook said in a statement that the plan is a mistake.\n");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).sourceCount()).isEqualTo(2);
        assertThat(events.get(0).passages()).extracting(DraftPassage::quote)
                .allSatisfy(q -> assertThat(q).contains("Ames and Mayor Brook said in a"));
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
    void shouldHoldBackASingleSourceMentionWhoseDateIsOnlyElsewhereInItsSentence() {
        TimelineDrafter.Draft draft = drafter.draftAll(List.of(source("a", "Daily",
                "The chairman resigned over a dispute about pensions, and the board met on Friday in Geneva.\n")));
        assertThat(draft.shown()).extracting(DraftEvent::title).containsExactly("The board met on Friday in Geneva.");
        assertThat(draft.hidden()).isEqualTo(1);
    }

    /** Every sentence gets the same vector: the aligner pairs each sentence with the other source's one. */
    private static List<com.factline.align.AlignSentence> sameVector(DraftSource s) {
        return com.factline.align.AlignSentences.of(s.text(), ALL_ALIKE);
    }

    @Test
    void shouldPairThePassagesOfSentencesTheAlignerPairsButNotThoseOfACopy() {
        String text = "The court issued an arrest warrant for the president on Friday in The Hague.\n";
        List<DraftSource> sources = List.of(source("a", "Daily", text),
                source("b", "Herald", "Judges ordered the arrest of the head of state last week.\n"),
                new DraftSource("c", "Aggregator", "a", MONDAY, text));
        int[] group = TimelineDrafter.independenceGroups(sources);
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            mentions.addAll(TimelineDrafter.mentionsOf(s, group[s], sources.get(s)));
        }
        assertThat(mentions).extracting(Mention::source).containsExactly(0, 1, 2);

        TimelineDrafter.Alignment alignment = TimelineDrafter.Alignment.of(sources, group, mentions, TimelineDrafterTest::sameVector);

        assertThat(alignment.paired(0, 1)).isTrue();
        assertThat(alignment.paired(2, 1)).isTrue();
        assertThat(alignment.paired(0, 2)).as("a copy and its original are one source").isFalse();
        assertThat(alignment.sentenceVector(1)).containsExactly(1, 0);
    }

    @Test
    void shouldCompareByTheSentenceVectorOncePastTheEmbeddingBudget() {
        List<DraftSource> sources = List.of(source("a", "Daily", "The court issued an arrest warrant on Friday.\n"));
        List<Mention> mentions = TimelineDrafter.mentionsOf(0, 0, sources.get(0));
        TimelineDrafter.Vectors vectors = new TimelineDrafter.Vectors(new WordHashEmbedder(), mentions, 0);
        assertThat(vectors.of(0)).isNull();

        vectors.align(TimelineDrafter.Alignment.of(sources, new int[] {0}, mentions, TimelineDrafterTest::sameVector));

        assertThat(vectors.of(0)).containsExactly(1, 0);
    }

    @Test
    void shouldProposeASingleSourceWhenClauseDatedByTheDateItFollows() {
        assertThat(heldBack("The board has held weekly meetings since April, when the chairman resigned over a dispute about pensions.\n",
                "chairman resigned")).isFalse();
    }

    @Test
    void shouldStillHoldBackAWhenClauseThatDoesNotFollowItsSentencesDate() {
        assertThat(heldBack("In April the board held weekly meetings in Geneva as usual, and the chairman resigned when the pension dispute erupted.\n",
                "dispute erupted")).isTrue();
    }

    /** True when Daily's only passage whose title holds {@code words} is held back as background, not proposed. */
    private boolean heldBack(String daily, String words) {
        TimelineDrafter.Draft draft = drafter.draftAll(List.of(source("a", "Daily", daily)));
        boolean shown = draft.shown().stream().anyMatch(e -> e.title().contains(words));
        assertThat(shown || draft.hidden() > 0).as("the passage is a mention").isTrue();
        return !shown;
    }

    /** A stand-in model that remembers every text it was asked to embed. */
    private static final class Recording implements SentenceEmbedder {
        final List<String> texts = new java.util.ArrayList<>();
        private final WordHashEmbedder inner = new WordHashEmbedder();

        @Override
        public float[] embed(String text) {
            texts.add(text);
            return inner.embed(text);
        }

        @Override
        public int dimensions() {
            return inner.dimensions();
        }
    }

    @Test
    void shouldTakeAWholeSentencePassagesStoredSentenceVectorButEmbedAClauseOfASentenceItself() {
        List<DraftSource> sources = List.of(source("a", "Daily",
                "The court issued an arrest warrant on Friday. The minister resigned on Sunday, and the board met on Monday.\n"));
        List<Mention> mentions = TimelineDrafter.mentionsOf(0, 0, sources.get(0));
        assertThat(mentions).extracting(Mention::quote).containsExactly("The court issued an arrest warrant on Friday.",
                "The minister resigned on Sunday", "and the board met on Monday.");
        Recording model = new Recording();
        TimelineDrafter.Vectors vectors = new TimelineDrafter.Vectors(model, mentions, 10);
        vectors.align(TimelineDrafter.Alignment.of(sources, new int[] {0}, mentions, TimelineDrafterTest::sameVector));

        assertThat(vectors.of(0)).as("the stored vector of the same text").containsExactly(1, 0);
        assertThat(vectors.of(1)).isEqualTo(new WordHashEmbedder().embed("The minister resigned on Sunday"));
        assertThat(vectors.of(2)).isEqualTo(new WordHashEmbedder().embed("and the board met on Monday."));
        assertThat(model.texts).containsExactly("The minister resigned on Sunday", "and the board met on Monday.");
        assertThat(vectors.reused()).isEqualTo(1);
        assertThat(vectors.embedded()).isEqualTo(2);
    }

    @Test
    void shouldDraftTheSameProposalsFromStoredSentenceVectorsWithFewerEmbeddings() {
        List<DraftSource> sources = List.of(
                source("a", "Daily", "The court issued an arrest warrant for the president on Friday. Xi arrived in Moscow on Monday, and talks began on Tuesday.\n"),
                source("b", "Herald", "Xi arrived in Moscow on Monday for talks. On Friday the court issued a warrant for the president.\n"));
        Recording reusing = new Recording();
        List<DraftEvent> reused = new TimelineDrafter(reusing, s -> com.factline.align.AlignSentences.of(s.text(), new WordHashEmbedder()))
                .draft(sources);
        // the same sentences and vectors, with texts that match no passage: every passage is embedded again
        Recording embeddingAll = new Recording();
        List<DraftEvent> embedded = new TimelineDrafter(embeddingAll, s -> com.factline.align.AlignSentences.of(s.text(), new WordHashEmbedder())
                .stream().map(a -> new com.factline.align.AlignSentence(a.index(), a.start(), a.end(), a.text() + " ", a.vector())).toList())
                .draft(sources);

        assertThat(reused).isNotEmpty().isEqualTo(embedded);
        assertThat(reusing.texts).hasSizeLessThan(embeddingAll.texts.size())
                .doesNotContain("Xi arrived in Moscow on Monday for talks.");
    }

    @Test
    void shouldProposeNothingForNoSources() {
        assertThat(drafter.draft(List.of())).isEmpty();
    }
}
