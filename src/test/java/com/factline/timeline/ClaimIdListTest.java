package com.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.factline.base.ids.ClaimId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An event's claim ids read from PostgreSQL's text form of a {@code bigint[]}, without the driver's array parsing. */
class ClaimIdListTest {

    @Test
    void shouldReadTheIdsInTheirOrder() {
        ClaimIdList ids = ClaimIdList.parse("{3,17,9223372036854775807}");
        assertThat(ids).containsExactly(new ClaimId(3), new ClaimId(17), new ClaimId(Long.MAX_VALUE));
        assertThat(ids.value(1)).isEqualTo(17);
        assertThat(ids).isEqualTo(List.of(new ClaimId(3), new ClaimId(17), new ClaimId(Long.MAX_VALUE)));
        assertThat(ClaimIdList.parse("{42}")).containsExactly(new ClaimId(42));
        assertThat(ClaimIdList.parse("{-1,0}")).containsExactly(new ClaimId(-1), new ClaimId(0));
    }

    @Test
    void shouldReadAnEmptyArrayAsNoClaims() {
        assertThat(ClaimIdList.parse("{}")).isEmpty();
    }

    @Test
    void shouldLeaveEveryOtherFormToTheDriver() {
        assertThat(ClaimIdList.parse("{1,NULL}")).as("a null element").isNull();
        assertThat(ClaimIdList.parse("{{1,2},{3,4}}")).as("two dimensions").isNull();
        assertThat(ClaimIdList.parse("{1,,2}")).isNull();
        assertThat(ClaimIdList.parse("{1,2")).isNull();
        assertThat(ClaimIdList.parse("")).isNull();
        assertThat(ClaimIdList.parse("{9223372036854775808}")).as("past a bigint").isNull();
        assertThat(ClaimIdList.parse("{1-2}")).isNull();
        assertThat(ClaimIdList.parse("{1, 2}")).isNull();
    }

    @Test
    void shouldRefuseChanges() {
        ClaimIdList ids = ClaimIdList.parse("{1,2}");
        assertThatThrownBy(() -> ids.add(new ClaimId(3))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ids.set(0, new ClaimId(3))).isInstanceOf(UnsupportedOperationException.class);
    }
}
