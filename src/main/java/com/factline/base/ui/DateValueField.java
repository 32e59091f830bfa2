package com.factline.base.ui;

import com.factline.temporal.DateInput;
import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one way to edit a date: type it as people write it ("17 March 2023", "17/03/2023",
 * "2023-03-17", "March 2023", "2023", "20–22 March 2023"), or pick From and To in a calendar that
 * opens near the article's date, with the precision beside them. Refused input stays in the box with
 * a sentence saying why, and the field's value is then empty with {@link #problem()} set, so a form
 * can refuse to save. Escape never clears it (no clear buttons).
 */
public class DateValueField extends CustomField<DateValue> {

    public final TextField typed = new TextField("Date");
    public final DatePicker earliest = new DatePicker("From");
    public final DatePicker latest = new DatePicker("To");
    public final Select<DatePrecision> precision = new Select<>();
    private @Nullable String problem;
    private boolean updating;

    /** What an empty date field shows: one example. */
    static final String PLACEHOLDER = "e.g. 17 March 2023";
    /** The other forms the field reads, and the pickers. */
    static final String HELPER = "Or a month or a year (March 2023, 2023), or pick From and To below.";

    public DateValueField() {
        addClassName("fl-date-field");
        // One example that fits the field (the three forms in the placeholder were cut off at "17 March 2023, March 20…");
        // the others in the helper below it. Wide enough for a range as the field shows it ("17 March – 2 April 2023").
        typed.setPlaceholder(PLACEHOLDER);
        typed.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        typed.setMaxLength(80);
        typed.setWidth("19rem");
        typed.setMaxWidth("100%");
        typed.setHelperText(HELPER);
        typed.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                typedChanged(e.getValue());
            }
        });
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "d.M.yyyy");
        i18n.setBadInputErrorMessage("Not a day: " + DateInput.FORMS);
        for (DatePicker p : List.of(earliest, latest)) {
            p.setI18n(i18n);
            p.setWidth("9.5rem");
            p.setAutoOpen(false);
        }
        earliest.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                fromChanged(e.getOldValue(), e.getValue());
            }
        });
        latest.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                pickersChanged();
            }
        });
        precision.setLabel("Precision");
        precision.setItems(DatePrecision.values());
        precision.setItemLabelGenerator(DateValueField::precisionLabel);
        precision.setValue(DatePrecision.DAY);
        precision.setWidth("9rem");
        precision.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                pickersChanged();
            }
        });
        Div pickers = new Div(earliest, latest, precision);
        pickers.addClassName("fl-date-pickers");
        add(typed, pickers);
    }

    /** The calendar opens near this day (the article's date) instead of today. */
    public void setReferenceDate(@Nullable LocalDate day) {
        earliest.setInitialPosition(day);
        latest.setInitialPosition(day);
    }

    /** Why the current input is not a date, or null when it is one (or empty). */
    public @Nullable String problem() {
        return problem;
    }

    /** Read-only shows the date in all its parts, none of which can be changed (for a project's viewers). */
    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        typed.setReadOnly(readOnly);
        typed.setHelperText(readOnly ? null : HELPER);
        earliest.setReadOnly(readOnly);
        latest.setReadOnly(readOnly);
        precision.setReadOnly(readOnly);
    }

    /** A derived date is shown, not edited. */
    public void setPickersEnabled(boolean enabled) {
        typed.setEnabled(enabled);
        earliest.setEnabled(enabled);
        latest.setEnabled(enabled);
        precision.setEnabled(enabled);
    }

    static String precisionLabel(DatePrecision p) {
        return switch (p) {
            case DAY -> "day";
            case MONTH -> "month";
            case YEAR -> "year";
            case RANGE -> "range";
            case APPROXIMATE -> "approximate";
        };
    }

    private void typedChanged(String text) {
        if (text.isBlank()) {
            show(null);
            setProblem(null);
        } else {
            try {
                DateValue v = DateInput.parse(text);
                show(v);
                typed.setValue(text);
                setProblem(null);
            } catch (IllegalArgumentException ex) {
                setProblem(ex.getMessage());
            }
        }
        updateValue();
    }

    /** Changing From moves To by as much, so a one-day date stays one day and a range keeps its length. */
    private void fromChanged(@Nullable LocalDate before, @Nullable LocalDate after) {
        LocalDate to = latest.getValue();
        if (after != null) {
            if (to == null || before == null) {
                to = after;
            } else {
                to = after.plusDays(Math.max(0, ChronoUnit.DAYS.between(before, to)));
            }
            updating = true;
            latest.setValue(to);
            updating = false;
        }
        pickersChanged();
    }

    private void pickersChanged() {
        DateValue v = fromPickers();
        updating = true;
        typed.setValue(v == null ? "" : v.display());
        updating = false;
        updateValue();
    }

    private @Nullable DateValue fromPickers() {
        LocalDate e = earliest.getValue();
        LocalDate l = latest.getValue() == null ? e : latest.getValue();
        if (e == null) {
            setProblem(latest.getValue() == null ? null : "Give the first day of the date too.");
            return null;
        }
        DatePrecision p = precision.getValue() == null ? DateValue.guessPrecision(e, l) : precision.getValue();
        try {
            DateValue v = p == DatePrecision.APPROXIMATE || p == DatePrecision.RANGE ? new DateValue(e, l, p, null) : DateValue.of(e, l, p);
            setProblem(null);
            return v;
        } catch (IllegalArgumentException ex) {
            setProblem(ex.getMessage());
            return null;
        }
    }

    private void setProblem(@Nullable String message) {
        problem = message;
        setInvalid(message != null);
        setErrorMessage(message);
    }

    private void show(@Nullable DateValue v) {
        updating = true;
        earliest.setValue(v == null ? null : v.earliest());
        latest.setValue(v == null ? null : v.latest());
        precision.setValue(v == null ? DatePrecision.DAY : v.precision());
        typed.setValue(v == null ? "" : v.display());
        updating = false;
    }

    @Override
    protected @Nullable DateValue generateModelValue() {
        return problem != null ? null : fromPickers();
    }

    @Override
    protected void setPresentationValue(@Nullable DateValue v) {
        show(v);
        setProblem(null);
    }
}
