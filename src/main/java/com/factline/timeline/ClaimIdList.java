package com.factline.timeline;

import com.factline.base.ids.ClaimId;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An event's claim ids as the database sends them, kept as raw values: a {@link ClaimId} is made only when one is
 * asked for, and the API writes the values straight ({@link #values}). A timeline page under load carries hundreds of
 * claim ids per event; the driver's array parsing made a string, a boxed number and a claim id for each (issue #18).
 * Unmodifiable.
 */
public final class ClaimIdList extends AbstractList<ClaimId> implements RandomAccess, java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final long[] NONE = {};

    private final long[] values;

    private ClaimIdList(long[] values) {
        this.values = values;
    }

    @Override
    public ClaimId get(int index) {
        return new ClaimId(values[index]);
    }

    @Override
    public int size() {
        return values.length;
    }

    /** The raw id at {@code index}. */
    public long value(int index) {
        return values[index];
    }

    /**
     * PostgreSQL's text form of a {@code bigint[]} ({@code {1,2,3}}, {@code {}}) as a list; null when the text is any
     * other form (a null element, a multi-dimensional array), for the caller to read it another way.
     */
    static @Nullable ClaimIdList parse(String text) {
        int n = text.length();
        if (n < 2 || text.charAt(0) != '{' || text.charAt(n - 1) != '}') {
            return null;
        }
        if (n == 2) {
            return new ClaimIdList(NONE);
        }
        int count = 1;
        for (int i = 1; i < n - 1; i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        long[] out = new long[count];
        int k = 0;
        long v = 0;
        boolean digits = false;
        boolean negative = false;
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (v > (Long.MAX_VALUE - (c - '0')) / 10) {
                    return null; // out of a bigint's range: not a claim id
                }
                v = v * 10 + (c - '0');
                digits = true;
            } else if (c == '-' && !digits && !negative) {
                negative = true;
            } else if (c == ',' || i == n - 1) {
                if (!digits) {
                    return null;
                }
                out[k++] = negative ? -v : v;
                v = 0;
                digits = false;
                negative = false;
            } else {
                return null;
            }
        }
        return new ClaimIdList(out);
    }
}
