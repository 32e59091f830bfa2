package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateContextTest {

    private static boolean same(String a, String dateA, String b, String dateB) {
        int i = a.indexOf(dateA);
        int j = b.indexOf(dateB);
        return DateContext.sameHappening(a, new int[] {i, i + dateA.length()}, b, new int[] {j, j + dateB.length()});
    }

    @Test
    void shouldTakeTwoDatesOfOneActForTheSameHappening() {
        assertThat(same("The council voted on Wednesday to close the old library.", "Wednesday",
                "After voting to close the old library Thursday afternoon, the council adjourned.", "Thursday afternoon"))
                .isTrue();
        assertThat(same("The mayor said on Monday that the bridge would reopen.", "Monday",
                "The mayor, in an interview Tuesday, promised the bridge would reopen.", "Tuesday")).isTrue();
    }

    @Test
    void shouldNotTakeDatesOfDifferentActsInAlikePassagesForOneHappening() {
        assertThat(same("Anna Berg said Wednesday she did not send the letter to the paper.", "Wednesday",
                "Last weekend, a letter was sent to the paper from her office.", "Last weekend")).isFalse();
        assertThat(same("The paper published the letter on Thursday, citing two officials.", "Thursday",
                "In a December court filing, prosecutors described the letter.", "December")).isFalse();
    }

    @Test
    void aDateAfterSinceStartsAStretchAndDatesNoMeeting() {
        assertThat(same("The talks will be her first meeting with the envoy since September.", "September",
                "She was scheduled to meet the envoy at midday.", "midday")).isFalse();
        assertThat(same("The two leaders met in September to sign the pact.", "September",
                "The two leaders met at midday to sign the pact.", "midday")).isTrue();
        assertThat(same("She has led the party since 2002, aides said.", "2002",
                "She has led the party since 2003.", "2003")).isTrue();
        assertThat(DateContext.afterSince("ever since 2019", new int[] {11, 15})).isTrue();
        assertThat(DateContext.afterSince("convinced 2019", new int[] {10, 14})).isFalse();
    }

    @Test
    void shouldNotCountTheStorysNamesOrTheWordsOfTheDatesThemselves() {
        assertThat(same("Anna Berg met the press late last week in Oslo.", "late last week",
                "Anna Berg resigned early this week.", "early this week")).isFalse();
    }

    @Test
    void shouldReadOnlyABoundedStretchOfAGiantSentence() {
        String filler = "word ".repeat(100_000);
        String a = filler + "The council voted on Wednesday to close the library. " + filler;
        assertThat(DateContext.around(a, new int[] {a.indexOf("Wednesday"), a.indexOf("Wednesday") + 9}))
                .containsExactly("council", "voted", "on", "to", "close", "the", "library");
    }
}
