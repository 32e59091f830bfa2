package com.factline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The format rules without Spring or a database. */
class ExportersTest {

    @Test
    void shouldDefuseSpreadsheetFormulasAndQuoteOnlyWhenNeeded() {
        assertThat(CsvExporter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExporter.cell("+44 20")).isEqualTo("'+44 20");
        assertThat(CsvExporter.cell("-3")).isEqualTo("'-3");
        assertThat(CsvExporter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExporter.cell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(CsvExporter.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvExporter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExporter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExporter.cell("plain")).isEqualTo("plain");
    }

    @Test
    void shouldQuoteCellsHoldingASemicolonTabOrCarriageReturnSoTheyStayOneCellInAnyLocale() {
        assertThat(CsvExporter.cell("a;=HYPERLINK(\"x\")")).isEqualTo("\"a;=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvExporter.cell("a\t=1+1")).isEqualTo("\"a\t=1+1\"");
        assertThat(CsvExporter.cell("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(CsvExporter.cell("a b")).isEqualTo("a b");
    }

    @Test
    void shouldEscapeMarkdownAndHtmlMetacharacters() {
        assertThat(ExportFormat.markdown("# <b>*x*</b>\n- [a](b)")).isEqualTo("\\# \\<b\\>\\*x\\*\\</b\\> \\- \\[a\\]\\(b\\)");
        assertThat(ExportFormat.html("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(ExportFormat.isWebUrl("javascript:alert(1)")).isFalse();
        assertThat(ExportFormat.isWebUrl("https://example.com/a b")).isFalse();
        assertThat(ExportFormat.isWebUrl("https://example.com/a")).isTrue();
    }

    @Test
    void shouldMakeSafeSlugs() {
        assertThat(ExportService.slug("Xi’s visit to Moscow — März 2023!")).isEqualTo("xi-s-visit-to-moscow-marz-2023");
        assertThat(ExportService.slug("???")).isEqualTo("project");
    }

    @Test
    void shouldWriteTheSameBytesForTheSameDataApartFromGeneratedAt() {
        Instant t1 = Instant.parse("2024-01-01T00:00:00Z");
        Instant t2 = Instant.parse("2025-06-30T12:34:56Z");
        for (Exporter e : SampleData.exporters()) {
            String a = new String(e.export(SampleData.of(200, t1)), StandardCharsets.UTF_8);
            String b = new String(e.export(SampleData.of(200, t2)), StandardCharsets.UTF_8);
            assertThat(b.replace(t2.toString(), t1.toString())).as(e.id()).isEqualTo(a);
        }
    }

    @Test
    void shouldValidateAgainstTheSchemaAndRejectAnIncompleteDocument() throws Exception {
        String json = new String(new JsonExporter().export(SampleData.of(50, Instant.parse("2024-01-01T00:00:00Z"))), StandardCharsets.UTF_8);
        assertThat(ExportApiTest.schemaErrors(json)).isEmpty();
        assertThat(ExportApiTest.schemaErrors("{\"format\":\"factline-export\",\"events\":[{\"id\":\"x\"}]}")).isNotEmpty();
    }

    @Test
    void shouldParseTheCsvBackToOneRowPerClaim() {
        String csv = new String(new CsvExporter().export(SampleData.of(30, Instant.EPOCH)), StandardCharsets.UTF_8);
        var rows = Rfc4180.parse(csv.substring(1));
        assertThat(rows).hasSize(1 + 60);
        rows.forEach(r -> assertThat(r).hasSize(CsvExporter.HEADER.size()));
        assertThat(rows.get(1).get(CsvExporter.HEADER.indexOf("event_summary"))).isEqualTo("Summary of event 1\nover two lines");
    }
}
