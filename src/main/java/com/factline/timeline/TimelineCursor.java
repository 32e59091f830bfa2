package com.factline.timeline;

import com.factline.base.InvalidInputException;
import com.factline.temporal.DateColumns;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a page of the timeline ends: the sort key of its last event (its date columns and id).
 * The next page starts after that key, so events added or removed before it meanwhile neither
 * repeat nor skip an event, and the database seeks to it instead of counting an offset.
 * Handed to API clients as an opaque string.
 */
public record TimelineCursor(@Nullable LocalDate earliest, @Nullable LocalDate latest, @Nullable String precision,
                             @Nullable String edtf, long id) {

    private static final Set<String> PRECISIONS = Set.of("day", "month", "year", "range", "approximate");
    private static final String NULL = "\u0000";

    /** The key of an event, exactly as the database stores its date. */
    public static TimelineCursor after(Event e) {
        var d = DateColumns.params(e.date());
        Date earliest = (Date) d.get(DateColumns.EARLIEST);
        Date latest = (Date) d.get(DateColumns.LATEST);
        return new TimelineCursor(earliest == null ? null : earliest.toLocalDate(), latest == null ? null : latest.toLocalDate(),
                (String) d.get(DateColumns.PRECISION), (String) d.get(DateColumns.EDTF), e.id().value());
    }

    public String encode() {
        String plain = String.join("\n", earliest == null ? NULL : earliest.toString(), latest == null ? NULL : latest.toString(),
                precision == null ? NULL : precision, edtf == null ? NULL : edtf, Long.toString(id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this API handed out; anything else is refused with a clear message. */
    public static TimelineCursor decode(String cursor) {
        try {
            if (cursor.length() > 400) {
                throw new IllegalArgumentException("too long");
            }
            String[] f = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("not a cursor");
            }
            LocalDate earliest = f[0].equals(NULL) ? null : LocalDate.parse(f[0]);
            LocalDate latest = f[1].equals(NULL) ? null : LocalDate.parse(f[1]);
            String precision = f[2].equals(NULL) ? null : f[2];
            String edtf = f[3].equals(NULL) ? null : f[3];
            long id = Long.parseLong(f[4]);
            if ((earliest == null) != (latest == null) || (precision != null && !PRECISIONS.contains(precision)) || id < 1) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new TimelineCursor(earliest, latest, precision, edtf, id);
        } catch (RuntimeException e) {
            throw new InvalidInputException("invalid_cursor", "The cursor is not one this list handed out; list again from the start.");
        }
    }
}
