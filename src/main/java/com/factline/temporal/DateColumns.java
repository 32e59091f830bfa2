package com.factline.temporal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping between a {@link DateValue} and the four columns every dated table stores it in
 * ({@code date_earliest, date_latest, date_precision, date_edtf}): claims, events, proposals. No
 * value is four nulls. Every store binds and reads a date through this class instead of copying
 * the parameter ladder.
 */
public final class DateColumns {

    /** The named parameters the stores' SQL uses for the four columns. */
    public static final String EARLIEST = "e";
    public static final String LATEST = "l";
    public static final String PRECISION = "precision";
    public static final String EDTF = "edtf";

    private DateColumns() {
    }

    /** The four named parameters ({@code :e, :l, :precision, :edtf}) for a date, all null for none. */
    public static Map<String, @Nullable Object> params(@Nullable DateValue d) {
        Map<String, @Nullable Object> m = new HashMap<>();
        m.put(EARLIEST, d == null ? null : Date.valueOf(d.earliest()));
        m.put(LATEST, d == null ? null : Date.valueOf(d.latest()));
        m.put(PRECISION, d == null ? null : d.precisionName());
        m.put(EDTF, d == null ? null : d.edtf());
        return m;
    }

    /** The four values in column order (earliest, latest, precision, edtf), for positional SQL. */
    public static @Nullable Object[] values(@Nullable DateValue d) {
        return new @Nullable Object[] {d == null ? null : Date.valueOf(d.earliest()), d == null ? null : Date.valueOf(d.latest()),
                d == null ? null : d.precisionName(), d == null ? null : d.edtf()};
    }

    /** The date of the current row, read by column name ({@code date_earliest} …); null when it has none. */
    public static @Nullable DateValue read(ResultSet rs) throws SQLException {
        return read(rs, "date_");
    }

    /** Like {@link #read(ResultSet)} for columns named {@code prefix + "earliest"} etc. */
    public static @Nullable DateValue read(ResultSet rs, String prefix) throws SQLException {
        if ("date_".equals(prefix)) {
            return read(rs, "date_earliest", "date_latest", "date_precision", "date_edtf");
        }
        return read(rs, prefix + "earliest", prefix + "latest", prefix + "precision", prefix + "edtf");
    }

    /**
     * The dates are read as the text PostgreSQL sends ({@code 2023-03-17}) and built with {@link LocalDate#of}: the
     * driver's {@code getDate} went through a {@code Calendar} and {@code java.sql.Date} per column (issue #18: about 6 %
     * of the list pages' request threads). Any other form (a year past 9999, BC) goes through the driver.
     */
    private static @Nullable DateValue read(ResultSet rs, String earliest, String latest, String precision, String edtf)
            throws SQLException {
        LocalDate e = localDate(rs, earliest);
        if (e == null) {
            return null;
        }
        return new DateValue(e, java.util.Objects.requireNonNull(localDate(rs, latest)), precision(rs.getString(precision)),
                rs.getString(edtf));
    }

    /** The date in the column, null when it is null. */
    static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        LocalDate d = parseIso(text);
        return d != null ? d : rs.getObject(column, LocalDate.class);
    }

    /** {@code yyyy-mm-dd} (four-digit year) as a date; null for any other text, and for a day the calendar lacks. */
    static @Nullable LocalDate parseIso(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The stored precision name ({@code day}, …) without a case conversion for the names the stores write. */
    static DatePrecision precision(String name) {
        return switch (name) {
            case "day" -> DatePrecision.DAY;
            case "month" -> DatePrecision.MONTH;
            case "year" -> DatePrecision.YEAR;
            case "range" -> DatePrecision.RANGE;
            case "approximate" -> DatePrecision.APPROXIMATE;
            default -> DateValue.parsePrecision(name);
        };
    }
}
