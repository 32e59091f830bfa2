package com.factline.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AlignerTest {

    private final SentenceEmbedder embedder = MiniLmEmbedder.shared();

    private AlignDocument doc(String id, String key, String text) {
        return new AlignDocument(id, "Outlet " + id, key, LocalDate.of(2024, 5, 4), AlignSentences.of(text, embedder));
    }

    @Test
    void shouldPairTheSentencesOfTwoOutletsThatReportTheSameFact() {
        AlignDocument a = doc("a", "a", "The storm hit the coastal town of Marville on Tuesday. "
                + "At least 30 people were killed when the old dam collapsed. "
                + "The mayor asked residents to boil their water.");
        AlignDocument b = doc("b", "b", "Officials said the local football club cancelled its season. "
                + "No fatalities were reported after the old dam gave way. "
                + "A powerful storm struck Marville, a town on the coast, on Tuesday.");

        List<AlignedPair> pairs = Aligner.align(List.of(a, b));

        assertThat(pairs).extracting(p -> p.sentenceA() + "-" + p.sentenceB()).contains("0-2", "1-1");
        assertThat(pairs).extracting(p -> p.sentenceA() + "-" + p.sentenceB()).doesNotContain("2-0");
        assertThat(pairs).allSatisfy(p -> {
            assertThat(p.docA()).isEqualTo("a");
            assertThat(p.docB()).isEqualTo("b");
            assertThat(p.explanation()).contains("Outlet a sentence", "Outlet b sentence", "read alike");
        });
        AlignedPair storm = pairs.stream().filter(p -> p.sentenceA() == 0).findFirst().orElseThrow();
        assertThat(storm.explanation()).contains("Marville");
    }

    @Test
    void shouldNeverPairCopiesOfOneReport() {
        String text = "The central bank raised its main interest rate by half a point on Thursday.";
        AlignDocument wire = doc("wire", "agency", text);
        AlignDocument copy = doc("copy", "agency", text);
        AlignDocument other = doc("other", "other", "On Thursday the central bank lifted its key rate by 0.5 points.");

        List<AlignedPair> pairs = Aligner.align(List.of(wire, copy, other));

        assertThat(pairs).extracting(p -> p.docA() + "-" + p.docB()).containsExactlyInAnyOrder("wire-other",
                "copy-other");
    }

    @Test
    void shouldIgnoreSentencesTooShortToStateAFact() {
        AlignDocument a = doc("a", "a", "By Jane Doe\n\nThe minister resigned on Monday after the vote.");
        AlignDocument b = doc("b", "b", "By Jane Doe\n\nThe minister stepped down on Monday following the vote.");

        List<AlignedPair> pairs = Aligner.align(List.of(a, b));

        assertThat(pairs).extracting(p -> p.sentenceA() + "-" + p.sentenceB()).containsExactly("1-1");
    }

    @Test
    void shouldGiveTheSamePairsForTheSameInput() {
        List<AlignDocument> docs = randomDocuments(30, 20, 7);
        assertThat(Aligner.align(docs, 0.3)).isEqualTo(Aligner.align(docs, 0.3));
    }

    @Test
    void shouldKeepTheNumberOfPairsPerSentenceBoundedInALargeStory() {
        // 120 documents whose sentences are all near one vector: every sentence resembles every other one
        List<AlignDocument> docs = randomDocuments(120, 30, 11);

        List<AlignedPair> pairs = Aligner.align(docs, 0.0);

        Map<String, Integer> perSentence = new HashMap<>();
        for (AlignedPair p : pairs) {
            perSentence.merge(p.docA() + "/" + p.sentenceA(), 1, Integer::sum);
            perSentence.merge(p.docB() + "/" + p.sentenceB(), 1, Integer::sum);
        }
        assertThat(pairs).isNotEmpty();
        // each sentence keeps MAX_PARTNERS and may be kept by as many others as chose it; all of them come from one
        // window of the nearest-neighbour index
        assertThat(pairs.size()).isLessThanOrEqualTo(120 * 30 * Aligner.MAX_PARTNERS);
        assertThat(perSentence.values()).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(
                Aligner.PROBES * Aligner.WINDOW));
    }

    /** Documents with sentences of several words whose vectors are a shared direction plus noise. */
    private static List<AlignDocument> randomDocuments(int count, int sentences, long seed) {
        Random random = new Random(seed);
        float[] common = new float[16];
        for (int d = 0; d < common.length; d++) {
            common[d] = (float) random.nextGaussian();
        }
        List<AlignDocument> docs = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<AlignSentence> list = new ArrayList<>();
            for (int s = 0; s < sentences; s++) {
                float[] v = new float[16];
                for (int d = 0; d < v.length; d++) {
                    v[d] = common[d] + (float) random.nextGaussian() * 0.5f;
                }
                list.add(new AlignSentence(s, s * 40, s * 40 + 39, "Sentence number " + s + " of document " + c,
                        MiniLmEmbedder.normalise(v)));
            }
            docs.add(new AlignDocument("d" + c, "Outlet " + c, "d" + c, null, list));
        }
        return docs;
    }
}
