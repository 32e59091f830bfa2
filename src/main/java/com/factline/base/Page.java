package com.factline.base;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list in its stable order, and the opaque cursor of the next page (null when this
 * is the last). The API returns the items as a JSON array and the cursor in {@code X-Next-Cursor}.
 */
public record Page<T>(List<T> items, @Nullable String next) {

    /** Checks a requested page size against the list's maximum. */
    public static int limit(@Nullable Integer requested, int defaultSize, int max) {
        int n = requested == null ? defaultSize : requested;
        if (n < 1 || n > max) {
            throw new InvalidInputException("limit is 1–" + max + " (default " + defaultSize + ").");
        }
        return n;
    }

    /** A cursor is the id of the last item of the previous page, as the API handed it out. */
    public static @Nullable Long cursor(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        if (!cursor.matches("[0-9]{1,18}")) {
            throw new InvalidInputException("invalid_cursor", "The cursor is not one this list handed out; list again from the start.");
        }
        return Long.parseLong(cursor);
    }
}
