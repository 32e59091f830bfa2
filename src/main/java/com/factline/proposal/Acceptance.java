package com.factline.proposal;

import com.factline.temporal.DateValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the editor changes when accepting: a title (the proposal's when null), a date (the one derived from the
 * kept passages' claims when null) and the indexes of the passages to keep (all when null).
 */
public record Acceptance(@Nullable String title, @Nullable DateValue date, @Nullable List<Integer> passages) {

    public static Acceptance asProposed() {
        return new Acceptance(null, null, null);
    }
}
