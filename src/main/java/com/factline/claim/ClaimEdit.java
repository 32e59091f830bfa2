package com.factline.claim;

import com.factline.base.ids.ClaimId;
import com.factline.timeline.EventId;
import com.factline.source.SourceId;
import com.factline.temporal.DateValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One save from the claim panel: a new claim ({@code id} null, on the span {@code start..end} of
 * {@code sourceId}) or a change of claim {@code id} at {@code version}. {@code date} is the date
 * the editor left in the form; {@code offered} are the dates the panel offered with where they
 * came from (the selection's expression, the context's date), in the panel's order: the service
 * decides which provenance the saved date gets ({@link ClaimDate#chosen}). A non-blank
 * {@code newEventTitle} puts the claim on a new event of that title.
 */
public record ClaimEdit(@Nullable ClaimId id, int version, SourceId sourceId, int start, int end, @Nullable String quote,
                        @Nullable String statement, @Nullable DateValue date, List<ClaimDate> offered,
                        @Nullable EventId eventId, @Nullable String newEventTitle, @Nullable ClaimStatus status) {

    public ClaimEdit {
        offered = List.copyOf(offered);
    }
}
