package com.factline.proposal.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.align.AlignSentences;
import com.factline.align.CachingEmbedder;
import com.factline.align.MiniLmEmbedder;
import com.factline.align.SentenceEmbedder;
import com.factline.temporal.DateValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample project's five articles (in the repository's {@code seeds/} folder) must yield, without any editing,
 * proposals for the ICC arrest warrant (17 March 2023, at least four outlets) and Xi's arrival in Moscow
 * (20 March 2023, at least three outlets). The acceptance goal of issue 15 for the sample story.
 */
class SampleStoryDraftTest {

    private static final SentenceEmbedder MODEL = new CachingEmbedder(MiniLmEmbedder.shared(), 4096);
    private static List<DraftEvent> proposals;
    private static StoryFolder story;

    @BeforeAll
    static void draftTheSampleStory() throws IOException {
        story = StoryFolder.load(Path.of("seeds"));
        proposals = drafter().draft(story.sources());
    }

    /** As the app drafts: the model behind a cache, and each source's sentence vectors for the shared alignment. */
    private static TimelineDrafter drafter() {
        return new TimelineDrafter(MODEL, s -> AlignSentences.of(s.text(), MODEL));
    }

    private static long outlets(DraftEvent e) {
        return e.passages().stream().map(DraftPassage::sourceId).distinct().count();
    }

    private static boolean mentions(DraftEvent e, String... words) {
        return e.passages().stream().anyMatch(p -> {
            for (String w : words) {
                if (!p.quote().toLowerCase(java.util.Locale.ROOT).contains(w)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void shouldProposeTheIccWarrantOnTheSeventeenthOfMarchFromAtLeastFourOutlets() {
        assertThat(Files.isRegularFile(Path.of("seeds", "sources.tsv"))).isTrue();
        assertThat(proposals).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo(DateValue.day(LocalDate.of(2023, 3, 17)));
            assertThat(mentions(e, "warrant") || mentions(e, "criminal court")).isTrue();
            assertThat(outlets(e)).isGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void shouldProposeXisArrivalInMoscowOnTheTwentiethOfMarchFromAtLeastThreeOutlets() {
        assertThat(proposals).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo(DateValue.day(LocalDate.of(2023, 3, 20)));
            assertThat(mentions(e, "xi")).isTrue();
            assertThat(mentions(e, "arriv") || mentions(e, "visit") || mentions(e, "met")).isTrue();
            assertThat(outlets(e)).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void shouldGiveEveryPassageItsExactTextAtItsOffsets() {
        for (DraftEvent e : proposals) {
            for (DraftPassage p : e.passages()) {
                String text = story.sources().stream().filter(s -> s.id().equals(p.sourceId())).findFirst().orElseThrow().text();
                int[] cps = text.codePoints().toArray();
                assertThat(new String(cps, p.start(), p.end() - p.start())).isEqualTo(p.quote());
            }
        }
    }

    @Test
    void shouldDraftTheSameProposalsTwice() {
        assertThat(drafter().draft(story.sources())).isEqualTo(proposals);
    }
}
