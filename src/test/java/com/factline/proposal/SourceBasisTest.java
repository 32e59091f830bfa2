package com.factline.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceBasisTest {

    static final LocalDate SAT = LocalDate.of(2023, 3, 18);

    @Test
    void theSameFactsGiveTheSameBasisWhateverTheIdsAndOrder() {
        var a = Map.of(1L, new SourceBasis.Facts("aa", SAT, null), 2L, new SourceBasis.Facts("bb", SAT, "aa"));
        var restored = Map.of(71L, new SourceBasis.Facts("aa", SAT, null), 72L, new SourceBasis.Facts("bb", SAT, "aa"));
        assertThat(SourceBasis.of(List.of(1L, 2L), a)).isEqualTo(SourceBasis.of(List.of(72L, 71L), restored));
    }

    @Test
    void aCorrectedPublicationDateAWireCopyMarkOrAMissingSourceChangeTheBasis() {
        var before = Map.of(1L, new SourceBasis.Facts("aa", SAT, null), 2L, new SourceBasis.Facts("bb", SAT, null));
        String basis = SourceBasis.of(List.of(1L, 2L), before);
        assertThat(SourceBasis.of(List.of(1L, 2L), Map.of(1L, new SourceBasis.Facts("aa", SAT.plusDays(1), null),
                2L, new SourceBasis.Facts("bb", SAT, null)))).isNotEqualTo(basis);
        assertThat(SourceBasis.of(List.of(1L, 2L), Map.of(1L, new SourceBasis.Facts("aa", SAT, null),
                2L, new SourceBasis.Facts("bb", SAT, "aa")))).isNotEqualTo(basis);
        assertThat(SourceBasis.of(List.of(1L, 2L), Map.of(1L, new SourceBasis.Facts("aa", SAT, null)))).isNotEqualTo(basis);
    }

    @Test
    void otherSourcesDoNotMatter() {
        var facts = Map.of(1L, new SourceBasis.Facts("aa", SAT, null), 2L, new SourceBasis.Facts("bb", SAT, null));
        var more = Map.of(1L, new SourceBasis.Facts("aa", SAT, null), 2L, new SourceBasis.Facts("bb", SAT.plusDays(3), null),
                3L, new SourceBasis.Facts("cc", SAT, null));
        assertThat(SourceBasis.of(List.of(1L), facts)).isEqualTo(SourceBasis.of(List.of(1L), more));
    }
}
