package com.factline.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeDiffTest {

    static final String EVENT_BEFORE = """
            {"title":"Xi arives","summary":"","location":"Moscow",
             "date":{"earliest":"2023-03-20","latest":"2023-03-20","precision":"day","edtf":"2023-03-20"},
             "dateMode":"manual","status":"verified","claimIds":[3,5]}""";
    static final String EVENT_AFTER = """
            {"title":"Xi arrives in Moscow","summary":"","location":"Moscow",
             "date":{"earliest":"2023-03-20","latest":"2023-03-22","precision":"range","edtf":"2023-03-20/2023-03-22"},
             "dateMode":"manual","status":"needs_reverification","claimIds":[3,5,8]}""";

    @Test
    void shouldListOnlyTheChangedFieldsWithLabelsAndReadableValues() {
        List<FieldChange> changes = ChangeDiff.of(EVENT_BEFORE, EVENT_AFTER);
        assertThat(changes).extracting(FieldChange::field).containsExactly("title", "date", "status", "claimIds");
        assertThat(changes.get(0)).isEqualTo(new FieldChange("title", "Title", "Xi arives", "Xi arrives in Moscow"));
        assertThat(changes.get(1)).isEqualTo(new FieldChange("date", "Date", "20 March 2023", "20\u201322 March 2023"));
        assertThat(changes.get(2)).isEqualTo(new FieldChange("status", "Status", "verified", "needs re-verification"));
        assertThat(changes.get(3)).isEqualTo(new FieldChange("claimIds", "Claims", "#3, #5", "#3, #5, #8"));
    }

    @Test
    void shouldShowTheFieldsACreateSetAndADeleteRemovedButNotEmptyOnes() {
        String claim = """
                {"sourceId":7,"start":10,"end":30,"quote":"arrived in Moscow","statement":"",
                 "date":{"earliest":"2023-03-01","latest":"2023-03-31","precision":"month","edtf":"2023-03"},
                 "status":"draft","eventId":null}""";
        List<FieldChange> created = ChangeDiff.of(null, claim);
        assertThat(created).extracting(FieldChange::label)
                .containsExactly("Quote", "Date", "Status", "Source", "Quote starts at", "Quote ends at");
        assertThat(created).allMatch(c -> c.oldValue() == null);
        assertThat(created).filteredOn(c -> c.field().equals("date")).singleElement()
                .extracting(FieldChange::newValue).isEqualTo("March 2023");
        assertThat(created).filteredOn(c -> c.field().equals("sourceId")).singleElement()
                .extracting(FieldChange::newValue).isEqualTo("#7");

        List<FieldChange> deleted = ChangeDiff.of(claim, null);
        assertThat(deleted).hasSize(6).allMatch(c -> c.newValue() == null && c.oldValue() != null);
        assertThat(ChangeDiff.of(null, "{\"title\":\"T\",\"summary\":\"\",\"claimIds\":[]}"))
                .extracting(FieldChange::field).containsExactly("title");
    }

    @Test
    void shouldListFieldsInAReadableOrderWhateverTheStoredKeyOrder() {
        assertThat(ChangeDiff.of("{\"status\":\"draft\",\"date\":null,\"statement\":\"a\"}",
                "{\"status\":\"checked\",\"date\":{\"earliest\":\"2023-03-17\",\"latest\":\"2023-03-17\"},\"statement\":\"b\"}"))
                .extracting(FieldChange::label).containsExactly("Statement", "Date", "Status");
    }

    @Test
    void shouldIgnoreBookkeepingFields() {
        assertThat(ChangeDiff.of("{\"id\":4,\"status\":\"verified\",\"verifiedAt\":\"2026-01-01T10:00:00Z\",\"version\":3}",
                "{\"id\":4,\"status\":\"verified\",\"verifiedAt\":\"2026-01-02T10:00:00Z\",\"version\":4}")).isEmpty();
    }

    @Test
    void shouldNameVerdictsStatusesAndDateModesAsTheViewsDo() {
        List<FieldChange> changes = ChangeDiff.of(
                "{\"status\":\"open\",\"verdict\":null,\"correctValue\":null,\"dateMode\":\"derived\"}",
                "{\"status\":\"resolved\",\"verdict\":\"b_right\",\"correctValue\":\"three days\",\"dateMode\":\"manual\"}");
        assertThat(changes).containsExactly(
                new FieldChange("dateMode", "Date is", "derived from claims", "set by hand"),
                new FieldChange("status", "Status", "open", "resolved"),
                new FieldChange("verdict", "Verdict", "(none)", "second source right"),
                new FieldChange("correctValue", "Correct value", "(none)", "three days"));
    }

    @Test
    void shouldWriteDatesAndUnknownFieldsAsPeopleRead() {
        List<FieldChange> changes = ChangeDiff.of("{\"publishedOn\":\"2023-03-18\",\"byline\":\"A. Writer\"}",
                "{\"publishedOn\":\"2023-03-17\",\"byline\":\"\"}");
        assertThat(changes).containsExactly(
                new FieldChange("publishedOn", "Published on", "18 March 2023", "17 March 2023"),
                new FieldChange("byline", "Byline", "A. Writer", "(empty)"));
    }

    @Test
    void shouldTreatNullAndMissingAndIntAndLongAsTheSame() {
        assertThat(ChangeDiff.of("{\"eventId\":null}", "{}")).isEmpty();
        assertThat(ChangeDiff.changedKeys(ChangeDiffTestJson.tree("{\"eventId\":5,\"claimIds\":[1,2]}"),
                ChangeDiffTestJson.tree("{\"eventId\":5.0,\"claimIds\":[1,2]}"))).isEmpty();
        assertThat(ChangeDiff.changedKeys(ChangeDiffTestJson.tree("{\"claimIds\":[1,2]}"),
                ChangeDiffTestJson.tree("{\"claimIds\":[2,1]}"))).containsExactly("claimIds");
    }

    @Test
    void shouldDescribeActionsInWords() {
        assertThat(ChangeDiff.actionLabel("update")).isEqualTo("edited");
        assertThat(ChangeDiff.actionLabel("revert-42")).isEqualTo("reverted change #42");
        assertThat(ChangeDiff.actionLabel("merge-into-7")).isEqualTo("merged into event #7");
        assertThat(ChangeDiff.actionLabel("needs-reverification")).isEqualTo("sent back for re-verification");
        assertThat(ChangeDiff.revertedEntry("revert-42")).isEqualTo(42L);
        assertThat(ChangeDiff.revertedEntry("update")).isNull();
    }

    @Test
    void shouldSurviveUnreadableJson() {
        assertThat(ChangeDiff.of("not json", "{\"title\":\"x\"}")).containsExactly(new FieldChange("title", "Title", null, "x"));
    }
}

final class ChangeDiffTestJson {
    private ChangeDiffTestJson() {
    }

    static tools.jackson.databind.JsonNode tree(String s) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(s);
    }
}
