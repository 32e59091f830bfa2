package com.factline.claim.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.claim.DateCheck;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim's hand-written JSON writer (issue #18) writes what Jackson's own record serializer writes for the same
 * claim: the same properties, order, nulls and escaping, so the API's contract is unchanged.
 */
class ClaimJsonWriterTest {

    /** Jackson's record serializer: the same mapper with the writer's annotation ignored. */
    static final JsonMapper JACKSON = JsonMapper.builder().disable(MapperFeature.USE_ANNOTATIONS).build();
    static final JsonMapper WITH_WRITER = JsonMapper.builder().build();

    @Test
    void shouldWriteExactlyWhatJacksonsRecordSerializerWrites() {
        var date = new ClaimApiController.DateJson("2023-03-17", "2023-03-17", "day", "2023-03-17", "Friday", "17 March 2023",
                "the Friday before the article's date", 12, 18);
        var partial = new ClaimApiController.DateJson("2023-03-01", "2023-03-31", "month", null, null, "March 2023", null, null, null);
        var check = new DateCheck(LocalDate.of(2023, 3, 18), LocalDate.of(2023, 3, 25),
                new DateCheck.Resolution("2023-03-17", "2023-03-17", "day", "2023-03-17", "17 March 2023", "Friday"),
                new DateCheck.Resolution("2023-03-24", "2023-03-24", "day", "2023-03-24", "24 March 2023", null));
        var claims = List.of(
                new ClaimApiController.ClaimJson(1, 2, 3, 40, "He said \"no\" \u2014 \uD83D\uDCF0 <b>&</b>\n\ttab \\ end", "pre\u0001",
                        "suf\u2028", "", date, 7L, "checked", check, 2, 5),
                new ClaimApiController.ClaimJson(Long.MAX_VALUE, 0, 0, 1, "q", "", "", "statement", partial, null, "draft", null, 0, 1),
                new ClaimApiController.ClaimJson(9, 9, 9, 10, "x", "p", "s", "st", null, null, "disputed", null, 0, 0));
        for (var c : claims) {
            assertThat(WITH_WRITER.writeValueAsString(c)).isEqualTo(JACKSON.writeValueAsString(c));
        }
        assertThat(WITH_WRITER.writeValueAsString(claims)).isEqualTo(JACKSON.writeValueAsString(claims));
    }
}
