package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stores' reading of the date columns: the text PostgreSQL sends, built without the driver's {@code getDate}. */
class DateColumnsTest {

    @Test
    void shouldReadIsoDatesAsTheCalendarHasThem() {
        assertEquals(LocalDate.of(2023, 3, 17), DateColumns.parseIso("2023-03-17"));
        assertEquals(LocalDate.of(1, 1, 1), DateColumns.parseIso("0001-01-01"));
        assertEquals(LocalDate.of(9999, 12, 31), DateColumns.parseIso("9999-12-31"));
        assertEquals(LocalDate.of(2024, 2, 29), DateColumns.parseIso("2024-02-29"));
    }

    @Test
    void shouldLeaveEveryOtherFormToTheDriver() {
        assertNull(DateColumns.parseIso("2023-02-29"), "not a day of the calendar");
        assertNull(DateColumns.parseIso("2023-13-01"));
        assertNull(DateColumns.parseIso("2023-00-10"));
        assertNull(DateColumns.parseIso("2023-01-00"));
        assertNull(DateColumns.parseIso("10000-01-01"), "a year past 9999");
        assertNull(DateColumns.parseIso("0044-03-15 BC"));
        assertNull(DateColumns.parseIso("infinity"));
        assertNull(DateColumns.parseIso("2023/03/17"));
        assertNull(DateColumns.parseIso("2023-0a-17"));
    }

    @Test
    void shouldReadEveryStoredPrecisionAndRefuseAnUnknownOne() {
        for (DatePrecision p : DatePrecision.values()) {
            assertEquals(p, DateColumns.precision(p.name().toLowerCase(java.util.Locale.ROOT)));
        }
        assertEquals(DatePrecision.MONTH, DateColumns.precision(" Month "), "other spellings as DateValue.parsePrecision reads them");
        assertThrows(IllegalArgumentException.class, () -> DateColumns.precision("week"));
    }
}
