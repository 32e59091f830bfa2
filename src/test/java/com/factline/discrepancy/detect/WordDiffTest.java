package com.factline.discrepancy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void shouldReportReplacedWordAsDeleteAndInsert() {
        List<DiffToken> d = WordDiff.diff("A ceasefire is now the ratification", "A truce is now the ratification");
        assertEquals(List.of(new DiffToken(DiffToken.Op.EQUAL, "A"), new DiffToken(DiffToken.Op.DELETE, "ceasefire"),
                new DiffToken(DiffToken.Op.INSERT, "truce"), new DiffToken(DiffToken.Op.EQUAL, "is"),
                new DiffToken(DiffToken.Op.EQUAL, "now"), new DiffToken(DiffToken.Op.EQUAL, "the"),
                new DiffToken(DiffToken.Op.EQUAL, "ratification")), d);
    }

    @Test
    void shouldTreatCaseAndTypographicQuotesAsEqual() {
        List<DiffToken> d = WordDiff.diff("“Russia’s gains,” he said", "Russia's Gains he said");
        assertEquals(0, d.stream().filter(t -> t.op() != DiffToken.Op.EQUAL).count());
    }
}
