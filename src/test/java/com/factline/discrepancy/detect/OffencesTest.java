package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffencesTest {

    private static List<String> offences(String sentence) {
        return Offences.find(sentence).stream().map(m -> m.step() + " " + m.offence()).toList();
    }

    @Test
    void shouldReadTheOffenceOfAPleaWhateverWordsStandBetween() {
        assertThat(offences("She pleaded guilty to conspiracy before the district judge.")).containsExactly("PLEA conspiracy");
        assertThat(offences("The mayor pleaded guilty on Monday to one felony fraud count in connection with the deal."))
                .containsExactly("PLEA fraud");
        assertThat(offences("Her guilty plea was to a bribery charge.")).containsExactly("PLEA bribery");
        assertThat(offences("He was convicted of murder in 2004.")).containsExactly("CONVICTION murder");
    }

    @Test
    void shouldReadNoOffenceFromANotGuiltyPleaOrAPleaToSomethingElse() {
        assertThat(offences("He pleaded not guilty to fraud.")).isEmpty();
        assertThat(offences("He has not pleaded guilty to fraud.")).isEmpty();
        assertThat(offences("She pleaded guilty in a courtroom on Monday to using the funds for herself.")).isEmpty();
        assertThat(offences("Her husband later pleaded guilty to a charge of filing false tax returns.")).isEmpty();
    }
}
