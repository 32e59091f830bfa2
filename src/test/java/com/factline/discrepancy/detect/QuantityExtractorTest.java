package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

    private static List<Quantity> q(String sentence) {
        return QuantityExtractor.extract(sentence, List.of());
    }

    private static Quantity one(String sentence) {
        List<Quantity> all = q(sentence);
        assertThat(all).as(sentence).hasSize(1);
        return all.getFirst();
    }

    @Test
    void shouldReadDigitsWordsAndWhatTheyCount() {
        Quantity a = one("At least 30 people were killed in the blast.");
        assertThat(a.key()).isEqualTo("death");
        assertThat(a.low()).isEqualTo(30);
        assertThat(a.high()).isInfinite();
        Quantity b = one("Officials counted twenty-five dead on Sunday.");
        assertThat(b.key()).isEqualTo("death");
        assertThat(b.base()).isEqualTo(25);
        assertThat(one("He took the 35-word oath.").key()).isEqualTo("word");
        assertThat(one("Prosecutors released a 48-page indictment.").key()).isEqualTo("page");
    }

    @Test
    void shouldReadNoFatalitiesAndNobodyHurtAsZero() {
        Quantity none = one("No fatalities were reported after the dam gave way.");
        assertThat(none.key()).isEqualTo("death");
        assertThat(none.high()).isZero();
        assertThat(one("Nobody was hurt, the police said.").key()).isEqualTo("injury");
        assertThat(q("There was no deal on Friday.")).isEmpty();
    }

    @Test
    void shouldConvertUnitsAndScales() {
        Quantity miles = one("The convoy stretched 5 miles along the road.");
        Quantity km = one("The convoy stretched 8 km along the road.");
        assertThat(miles.key()).isEqualTo("km");
        assertThat(miles.compatibleWith(km)).isTrue();
        Quantity money = one("The state lent $1.5 million to the club.");
        assertThat(money.key()).isEqualTo("usd");
        assertThat(money.base()).isEqualTo(1_500_000);
    }

    @Test
    void shouldAllowForRoundingButNotForDifferentFigures() {
        assertThat(one("He bought a $43,000 Rolex watch.").compatibleWith(one("He bought a $43,350 gold watch.")))
                .isTrue();
        assertThat(one("He spent $5,687.75 on a retreat.").compatibleWith(one("He spent $5,587.75 on a retreat.")))
                .isFalse();
        assertThat(one("A crowd of 10,000 people gathered.").compatibleWith(one("A crowd of 40,000 people gathered.")))
                .isFalse();
        assertThat(one("He spent over $10,000 at the store.").compatibleWith(one("He spent $10,977.74 at the store.")))
                .isTrue();
    }

    @Test
    void shouldTellVagueAmountsAndQualifiersApart() {
        Quantity dozens = one("The protests ended amid dozens of arrests.");
        assertThat(dozens.key()).isEqualTo("arrest");
        Quantity moreThan200 = one("More than 200 people were arrested.");
        assertThat(moreThan200.key()).isEqualTo("arrest");
        assertThat(dozens.compatibleWith(moreThan200)).isFalse();
        assertThat(one("Dozens of lawmakers boycotted the event.")
                .compatibleWith(one("About 60 lawmakers boycotted the event."))).isTrue();
        // the same figure, exact on one side and "more than" on the other
        assertThat(one("He converted $250,000 in funds.").compatibleWith(one("He converted more than $250,000 in funds.")))
                .isFalse();
    }

    @Test
    void shouldCompareDurations() {
        Quantity twoYear = one("It came after a two-year investigation.");
        Quantity months = one("It came after a monthslong investigation.");
        assertThat(twoYear.key()).isEqualTo("duration:investigation");
        assertThat(months.key()).isEqualTo("duration:investigation");
        assertThat(twoYear.compatibleWith(months)).isFalse();
    }

    @Test
    void shouldKeyADurationOnTheNounItModifiesNotOnTheModifiersInBetween() {
        assertThat(one("He spoke of a rush after a two-year grand jury investigation.").key())
                .isEqualTo("duration:investigation");
        assertThat(one("He was indicted after a monthslong criminal investigation into his spending.").key())
                .isEqualTo("duration:investigation");
        assertThat(one("The two-year inquiry found nothing.").key()).isEqualTo("duration:inquiry");
        assertThat(one("The 48-page indictment says so.").key()).isEqualTo("page");
    }

    @Test
    void shouldSkipYearsTimesOrdinalsAndNumbersInNames() {
        assertThat(q("In 2017 he repaid the money at 2:40 p.m. on the 1st floor of Section 230 of the F-16 plant."))
                .isEmpty();
    }
}
