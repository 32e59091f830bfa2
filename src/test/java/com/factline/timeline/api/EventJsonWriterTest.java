package com.factline.timeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event's hand-written JSON writer (issue #18) writes what Jackson's own record serializer writes for the same
 * event: the same properties, order, nulls and escaping, so the API's contract is unchanged.
 */
class EventJsonWriterTest {

    /** Jackson's record serializer: the same mapper with the writer's annotation ignored. */
    static final JsonMapper JACKSON = JsonMapper.builder().disable(MapperFeature.USE_ANNOTATIONS).build();
    static final JsonMapper WITH_WRITER = JsonMapper.builder().build();

    @Test
    void shouldWriteExactlyWhatJacksonsRecordSerializerWrites() {
        var events = List.of(
                new EventApiController.EventJson(1, "Xi \"arrives\" \u2014 \uD83D\uDCF0 <b>&</b>", "line\nnext\t\\", "Moscow\u2028",
                        new EventApiController.DateJson("2023-03-20", "2023-03-20", "day", "2023-03-20", "20 March 2023"), "derived",
                        "verified", new long[] {3L, 5L, Long.MAX_VALUE}, 2, List.of("AP", "Reuters \u00e9"), 1, "dave",
                        "2023-03-21T10:00:00Z", null, 7),
                new EventApiController.EventJson(2, "Undated", "", "", null, "manual", "draft", new long[0], 0, List.of(), 0, null, null,
                        "a claim changed", 1),
                new EventApiController.EventJson(3, "Partial", "s", "l",
                        new EventApiController.DateJson("2023-03-01", "2023-03-31", "month", null, "March 2023"), "manual",
                        "needs_reverification", new long[] {9L}, 1, List.of(""), 0, null, null, null, 0));
        for (var e : events) {
            assertThat(WITH_WRITER.writeValueAsString(e)).isEqualTo(JACKSON.writeValueAsString(e));
        }
        assertThat(WITH_WRITER.writeValueAsString(events)).isEqualTo(JACKSON.writeValueAsString(events));
    }
}
