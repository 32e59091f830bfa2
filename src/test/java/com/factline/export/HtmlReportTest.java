package com.factline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.discrepancy.DiscrepancySpan;
import com.factline.temporal.DateValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reader-facing HTML report, the scoped file names and TimelineJS's opening view, on in-memory data. */
class HtmlReportTest {

    static final Instant AT = Instant.parse("2023-04-01T10:00:00Z");
    static final LocalDate MAR_17 = LocalDate.of(2023, 3, 17);

    static ExportData.Claim claim(long id, long source, String outlet, String statement, int start) {
        return new ExportData.Claim(id, "quote " + id, "", "", statement, DateValue.day(MAR_17),
                new ExportData.Citation(source, outlet, outlet + " report on the <warrant>", null, MAR_17, "cd".repeat(32), start, start + 20));
    }

    static ExportData data(ExportScope scope, List<ExportData.Event> events, List<ExportData.ResolvedDiscrepancy> resolved,
                           List<ExportData.OpenDiscrepancy> open) {
        return new ExportData(new ExportData.Project(1, "ICC <story>", "", "icc-story"), AT, scope, events, resolved, open);
    }

    static String html(ExportData d) {
        return new String(new HtmlExporter().export(d), StandardCharsets.UTF_8);
    }

    @Test
    void eachEventCarriesItsDiscrepanciesAndAVerdictNamesTheOutlet() {
        ExportData.Claim reuters = claim(1, 10, "Reuters", "The court issued a warrant on 17 March", 0);
        ExportData.Claim ap = claim(2, 20, "AP", "The court issued a warrant on 16 March", 40);
        ExportData.Event warrant = new ExportData.Event(5, "ICC warrant", "", "", DateValue.day(MAR_17), "verified", "carol", AT,
                List.of(reuters, ap));
        ExportData.Event visit = new ExportData.Event(6, "Xi visit", "", "", DateValue.day(MAR_17.plusDays(3)), "draft", null, null, List.of());
        ExportData.ResolvedDiscrepancy date = new ExportData.ResolvedDiscrepancy(9, "date", "a_right", "17 March", "17 vs 16 March",
                "checked the court's page", null, "carol", AT, 5L, List.of(1L, 2L), List.of("Reuters", "AP"), List.of(2L));
        ExportData.OpenDiscrepancy pending = new ExportData.OpenDiscrepancy(11, "number", "two vs three days <b>", 6L, List.of());

        String page = html(data(ExportScope.ALL, List.of(warrant, visit), List.of(date), List.of(pending)));

        String warrantSection = page.substring(page.indexOf("id=\"event-5\""), page.indexOf("id=\"event-6\""));
        assertThat(warrantSection).contains("Resolved discrepancies", "17 vs 16 March", "Reuters is right", "checked the court&#39;s page");
        assertThat(page).doesNotContain("first source right", "second source right");
        String visitSection = page.substring(page.indexOf("id=\"event-6\""), page.indexOf("</main>"));
        assertThat(visitSection).contains("Open discrepancies", "two vs three days &lt;b&gt;").doesNotContain("<b>");
        assertThat(page).doesNotContain("<h2>Other discrepancies</h2>");
        // the statement the verdict found wrong is marked, not silently kept or dropped
        assertThat(warrantSection).contains("<li class=\"wrong\"><del>The court issued a warrant on 16 March</del>",
                "judged wrong by carol: Reuters is right");
        assertThat(warrantSection).contains("<li>The court issued a warrant on 17 March");
    }

    @Test
    void identifiersAreInAnAppendixNotBesideTheText() {
        ExportData.Event e = new ExportData.Event(5, "ICC warrant", "", "", DateValue.day(MAR_17), "verified", "carol", AT,
                List.of(claim(1, 10, "Reuters", "A warrant", 0)));
        String page = html(data(ExportScope.VERIFIED, List.of(e), List.of(), List.of()));
        String main = page.substring(0, page.indexOf("</main>"));
        assertThat(main).doesNotContain("sha256", "cdcdcd", "EDTF", "characters 0");
        String appendix = page.substring(page.indexOf("Appendix"));
        assertThat(appendix).contains("cd".repeat(32), "characters 0\u201320", "<code>2023-03-17</code>");
        assertThat(page).contains("Reuters \u00b7 17 Mar 2023 \u00b7 Reuters report on the &lt;warrant&gt;");
    }

    @Test
    void anExportBeforeAnyVerifiedEventSaysWhatToDo() {
        String page = html(data(ExportScope.VERIFIED, List.of(), List.of(), List.of()));
        assertThat(page).contains("No event is verified yet", "Review page", "all events");
        JsonNode tl = JsonMapper.builder().build().readTree(new TimelineJsExporter().export(data(ExportScope.VERIFIED, List.of(), List.of(), List.of())));
        assertThat(tl.get("title").get("text").get("text").asString()).contains("No event is verified yet");
    }

    @Test
    void fileNamesSayTheScope() {
        ExportData verified = data(ExportScope.VERIFIED, List.of(), List.of(), List.of());
        ExportData working = data(ExportScope.ALL, List.of(), List.of(), List.of());
        assertThat(ExportService.fileName(verified, new HtmlExporter())).isEqualTo("icc-story-verified.html");
        assertThat(ExportService.fileName(working, new JsonExporter())).isEqualTo("icc-story-working.json");
    }

    @Test
    void timelineJsOpensWithTheWholeSpanInOneScreenWidthAtTheFirstEvent() {
        ExportData.Event e = new ExportData.Event(5, "ICC warrant", "", "", DateValue.day(MAR_17), "verified", "carol", AT, List.of());
        JsonNode tl = JsonMapper.builder().build().readTree(new TimelineJsExporter().export(data(ExportScope.VERIFIED, List.of(e), List.of(), List.of())));
        assertThat(tl.get("scale").asString()).isEqualTo("human");
        assertThat(tl.get("options").get("scale_factor").asInt()).isEqualTo(1);
        assertThat(tl.get("options").get("start_at_slide").asInt()).isEqualTo(1);
    }

    @Test
    void aVerdictJudgesWrongTheClaimsQuotingTheLosingPassageOnly() {
        ExportData.Claim onA = claim(1, 10, "Reuters", "", 0);
        ExportData.Claim onB = claim(2, 20, "AP", "", 40);
        ExportData.Claim elsewhereInB = claim(3, 20, "AP", "", 200);
        Map<Long, List<ExportData.Claim>> bySource = Map.of(10L, List.of(onA), 20L, List.of(onB, elsewhereInB));
        List<DiscrepancySpan> spans = List.of(new DiscrepancySpan(10, 5, 15, "a"), new DiscrepancySpan(20, 50, 55, "b"));
        assertThat(ExportService.judgedWrong("a_right", spans, bySource)).containsExactly(2L);
        assertThat(ExportService.judgedWrong("b_right", spans, bySource)).containsExactly(1L);
        assertThat(ExportService.judgedWrong("both_wrong", spans, bySource)).containsExactly(1L, 2L);
        assertThat(ExportService.judgedWrong("not_real", spans, bySource)).isEmpty();
        assertThat(ExportService.judgedWrong("unresolvable", spans, bySource)).isEmpty();
    }

    @Test
    void verdictsNameTheArticlesAndTellTwinsApart() {
        assertThat(ExportFormat.verdictLabel("b_right", List.of("Reuters", "AP"))).isEqualTo("AP is right");
        assertThat(ExportFormat.verdictLabel("a_right", List.of("AP", "AP"))).isEqualTo("AP (first passage) is right");
        assertThat(ExportFormat.verdictLabel("a_right", List.of())).isEqualTo("the first source is right");
    }
}
