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

    @Test
    void shouldTakeANamedSpeakersFormalStatementForAHappeningButNotABareSaid() {
        assertThat(EventCues.namesStatement("Governor Ames and Mayor Brook said in a joint statement.")).isTrue();
        assertThat(EventCues.namesStatement("the chairman told the Courier in an interview")).isTrue();
        assertThat(EventCues.namesStatement("the minister said at a news conference in Oslo")).isTrue();
        assertThat(EventCues.reportsHappening("Governor Ames and Mayor Brook said in a joint statement.")).isFalse();
        // no named speaker, a plain "said", or a statement that is no event
        assertThat(EventCues.namesStatement("he said in a statement on the matter")).isFalse();
        assertThat(EventCues.namesStatement("Governor Ames and Mayor Brook said so")).isFalse();
        assertThat(EventCues.namesStatement("The statement of Governor Ames was long")).isFalse();
    }

    private static Mention mention(String text) {
        return new Mention(0, 0, 0, text.length(), text, null, false, EventCues.participants(text),
                EventCues.contentWords(text), EventCues.heads(text));
    }

    @Test
    void shouldFindTheSameEventWordAsVerbNounOrContentWordButNotForDifferentVerbs() {
        assertThat(EventCues.sameEventWord(mention("The mayor apologized on Monday"),
                mention("The mayor issued an apology for it"))).isTrue();
        assertThat(EventCues.sameEventWord(mention("Police arrested the driver"),
                mention("The arrest of the driver came late"))).isTrue();
        assertThat(EventCues.sameEventWord(mention("The assembly passed the bill last week"),
                mention("The assembly sent the bill to the governor"))).isFalse();
        assertThat(EventCues.sameEventWord(mention("Nobody knows the bill"),
                mention("Nobody knows the bill"))).isFalse();
    }
}
