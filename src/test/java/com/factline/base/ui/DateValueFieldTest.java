package com.factline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The date field of the reader's claim form and the event editor: an empty field shows one example that fits it
 * (it showed "17 March 2023, March 2023, 2023…", cut off at "17 March 2023, March 20…"), the other forms below it;
 * a prefilled date shows whole in the typed field and in the pickers.
 */
class DateValueFieldTest {

    static final LocalDate DAY = LocalDate.of(2023, 3, 17);

    @Test
    void anEmptyFieldShowsOneExampleAndNamesTheOtherFormsBelow() {
        DateValueField field = new DateValueField();
        assertThat(field.typed.getPlaceholder()).isEqualTo("e.g. 17 March 2023");
        assertThat(field.typed.getHelperText()).contains("March 2023").contains("2023,").contains("From and To");
        assertThat(field.typed.getWidth()).isEqualTo("19rem");
        assertThat(field.typed.getMaxWidth()).as("never wider than its column").isEqualTo("100%");
    }

    @Test
    void aPrefilledDateShowsWholeInTheTypedFieldAndThePickers() {
        DateValueField field = new DateValueField();
        DateValue range = new DateValue(DAY, LocalDate.of(2023, 4, 2), DatePrecision.RANGE, null);
        field.setValue(range);
        assertThat(field.typed.getValue()).isEqualTo(range.display());
        assertThat(field.earliest.getValue()).isEqualTo(DAY);
        assertThat(field.latest.getValue()).isEqualTo(LocalDate.of(2023, 4, 2));
        assertThat(field.precision.getValue()).isEqualTo(DatePrecision.RANGE);

        field.setValue(DateValue.day(DAY));
        assertThat(field.typed.getValue()).isEqualTo("17 March 2023");
        assertThat(field.getValue()).isEqualTo(DateValue.day(DAY));
    }

    @Test
    void aReadOnlyFieldDropsTheHelperAndGivesItBackWhenEditableAgain() {
        DateValueField field = new DateValueField();
        field.setReadOnly(true);
        assertThat(field.typed.getHelperText()).isNull();
        field.setReadOnly(false);
        assertThat(field.typed.getHelperText()).isEqualTo(DateValueField.HELPER);
    }
}
