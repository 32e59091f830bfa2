package com.factline.temporal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        Date e = rs.getDate(prefix + "earliest");
        if (e == null) {
            return null;
        }
        return new DateValue(e.toLocalDate(), rs.getDate(prefix + "latest").toLocalDate(),
                DateValue.parsePrecision(rs.getString(prefix + "precision")), rs.getString(prefix + "edtf"));
    }
}
