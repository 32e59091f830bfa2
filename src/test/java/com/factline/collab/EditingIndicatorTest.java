package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditingIndicatorTest {

    @Test
    void shouldSayNothingWhenNobodyElseHasItOpen() {
        assertThat(EditingIndicator.describe(List.of(), false, "event")).isEmpty();
    }

    @Test
    void shouldNameWhoElseIsEditing() {
        assertThat(EditingIndicator.describe(List.of("Bob Baker"), false, "event")).isEqualTo("Bob Baker is also editing this event");
        assertThat(EditingIndicator.describe(List.of("Bob", "Carol"), false, "claim")).isEqualTo("Bob and Carol are also editing this claim");
        assertThat(EditingIndicator.describe(List.of("Bob", "Carol", "Dave"), false, "event")).isEqualTo("Bob, Carol and Dave are also editing this event");
    }

    @Test
    void shouldMentionTheSameUserInAnotherWindow() {
        assertThat(EditingIndicator.describe(List.of(), true, "claim")).isEqualTo("You have this claim open in another window too");
        assertThat(EditingIndicator.describe(List.of("Bob"), true, "event")).isEqualTo("Bob is also editing this event (and you, in another window)");
    }
}
