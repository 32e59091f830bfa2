package com.factline.proposal.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCuesTest {

    @Test
    void shouldGiveAPastVerbAndItsEventNounTheSameHead() {
        assertThat(EventCues.heads("Police arrested dozens of protesters")).contains("arres");
        assertThat(EventCues.heads("The arrest came after a long chase")).contains("arres");
    }

    @Test
    void shouldCutTheEdBeforeTakingTheStemOfALongVerb() {
        assertThat(EventCues.heads("The congressman was indicted by a grand jury")).contains("indic");
        assertThat(EventCues.heads("The indictment names his wife")).contains("indic");
    }

    @Test
    void shouldNotTakeAuxiliariesModalsOrSpeechMarkersForHeads() {
        assertThat(EventCues.heads("He will be expected, he told reporters, to have planned it")).isEmpty();
    }
}
