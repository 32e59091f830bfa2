package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivitySentenceTest {

    static Activity entry(String actor, String type, Long id, String action, String before, String after) {
        return new Activity(1, Instant.EPOCH, actor, type, id, action, before, after);
    }

    @Test
    void oneChangedFieldReadsAsFromTo() {
        String before = "{\"id\":12,\"version\":3,\"statement\":\"Xi lands\",\"date\":{\"earliest\":\"2023-03-20\",\"latest\":\"2023-03-26\",\"precision\":\"range\"}}";
        String after = "{\"id\":12,\"version\":4,\"statement\":\"Xi lands\",\"date\":{\"earliest\":\"2023-03-17\",\"latest\":\"2023-03-17\",\"precision\":\"day\"}}";
        assertThat(ActivitySentence.of(entry("bob", "claim", 12L, "update", before, after)))
                .isEqualTo("bob changed the date of claim 12 from 20\u201326 March 2023 to 17 March 2023");
    }

    @Test
    void severalChangedFieldsAreNamedTogether() {
        String s = ActivitySentence.of(entry("alice", "event", 5L, "update",
                "{\"title\":\"Warrant\",\"summary\":\"\",\"location\":\"\"}", "{\"title\":\"ICC warrant\",\"summary\":\"Issued\",\"location\":\"The Hague\"}"));
        assertThat(s).startsWith("alice changed the title, summary and location of event \u201cICC warrant\u201d");
    }

    @Test
    void anArticleIsNamedByOutletDateAndHeadlineNeverAsJson() {
        String s = ActivitySentence.of(entry("alice", "source", 3L, "import", null,
                "{\"title\":\"ICC issues arrest warrant for Putin\",\"outlet\":\"Reuters\",\"publishedOn\":\"2023-03-17\",\"sha256\":\"ab\"}"));
        assertThat(s).isEqualTo("alice imported article \u201cReuters \u00b7 17 Mar 2023 \u00b7 ICC issues arrest warrant for Putin\u201d");
        assertThat(s).doesNotContain("{", "sha256");
    }

    @Test
    void actionsWithoutFieldsStillReadAsASentence() {
        assertThat(ActivitySentence.of(entry("carol", "event", 5L, "verify", null, "{\"title\":\"ICC warrant\"}")))
                .isEqualTo("carol verified event \u201cICC warrant\u201d");
        assertThat(ActivitySentence.of(entry("system", "discrepancy", 9L, "suggest", null, null))).isEqualTo("Factline suggested discrepancy 9");
        assertThat(ActivitySentence.of(entry("bob", "event", 5L, "merge-into-7", null, null))).isEqualTo("bob merged event 5 into event 7");
        assertThat(ActivitySentence.of(entry("bob", "claim", 4L, "revert-31", null, null))).isEqualTo("bob reverted change #31 on claim 4");
    }

    @Test
    void aSetOrClearedFieldSaysSoAndLongValuesAreCut() {
        assertThat(ActivitySentence.of(entry("bob", "claim", 2L, "update", "{\"statement\":\"\"}", "{\"statement\":\"" + "x".repeat(100) + "\"}")))
                .isEqualTo("bob set the statement of claim 2 to " + "x".repeat(ActivitySentence.VALUE_CHARS) + "\u2026");
        assertThat(ActivitySentence.of(entry("bob", "claim", 2L, "update", "{\"statement\":\"Xi lands\"}", "{\"statement\":\"\"}")))
                .isEqualTo("bob cleared the statement of claim 2 (was Xi lands)");
    }

    @Test
    void anEntryThatIsNotJsonStillGetsASentence() {
        assertThat(ActivitySentence.of(entry("bob", "claim", 2L, "update", "not json", "{")))
                .isEqualTo("bob saved claim 2 without changes");
    }

    @Test
    void theSoftwaresOwnEntriesAndMembershipChangesReadAsSentencesNotRawActionNames() {
        assertThat(ActivitySentence.of(entry("system", "discrepancy", 2L, "withdraw", "{\"kind\":\"date\"}", null)))
                .isEqualTo("Factline withdrew suggested discrepancy 2: a new comparison no longer finds it");
        String reason = "Different figures for the same fact: \u201cAt least 30 people were killed\u201d (Outlet A) vs \u201cNo fatalities\u201d (Outlet B).";
        assertThat(ActivitySentence.of(entry("system", "discrepancy", 9L, "suggest", null,
                "{\"kind\":\"number\",\"reason\":\"" + reason.replace("\"", "\\\"") + "\",\"fingerprint\":\"f\"}")))
                .as("what differs, so a run's suggestions are told apart in the feed")
                .isEqualTo("Factline suggested discrepancy 9 \u201cDifferent figures for the same fact: \u2018At least 30 people"
                        + " wer\u2026\u201d")
                .contains("Different figures for the same fact");
        assertThat(ActivitySentence.of(entry("system", "discrepancy", 8L, "suggest", null,
                "{\"kind\":\"description\",\"reason\":\"\u201cboundless\u201d (AP) vs \u201climitless\u201d (CNN)\"}")))
                .as("a reason that opens with a quote does not open the sentence's quote with two marks")
                .isEqualTo("Factline suggested discrepancy 8 \u201c\u2018boundless\u2019 (AP) vs \u2018limitless\u2019 (CNN)\u201d");
        assertThat(ActivitySentence.of(entry("system", "discrepancy", 2L, "withdraw", "{\"kind\":\"date\",\"reason\":\"Different dates\"}", null)))
                .isEqualTo("Factline withdrew suggested discrepancy 2 \u201cDifferent dates\u201d: a new comparison no longer finds it");
        assertThat(ActivitySentence.of(entry("system", "proposal", null, "recompute", null,
                "{\"added\":3,\"updated\":1,\"removed\":0,\"open\":65}")))
                .isEqualTo("Factline recomputed the proposed events: 3 added, 1 updated, 0 removed");
        assertThat(ActivitySentence.of(entry("dave", "project", 7L, "restore", null, "{\"name\":\"Xi visit\"}")))
                .isEqualTo("dave restored project \u201cXi visit\u201d from a backup");
        assertThat(ActivitySentence.of(entry("alice", "project_member", 4L, "add", null,
                "{\"username\":\"bob\",\"displayName\":\"Bob Editor\",\"role\":\"reviewer\"}")))
                .isEqualTo("alice added member bob as reviewer");
        assertThat(ActivitySentence.of(entry("alice", "project_member", 4L, "remove",
                "{\"username\":\"bob\",\"role\":\"viewer\"}", null))).isEqualTo("alice removed member bob (was viewer)");
        assertThat(ActivitySentence.of(entry("alice", "project_member", 4L, "update",
                "{\"username\":\"bob\",\"role\":\"viewer\"}", "{\"username\":\"bob\",\"role\":\"editor\"}")))
                .isEqualTo("alice changed the role of member bob from viewer to editor");
    }
}
