package com.factline.export;

import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** In-memory export data for unit tests and the benchmark; no database. */
final class SampleData {

    private SampleData() {
    }

    static List<Exporter> exporters() {
        return new ExporterRegistry(List.of(new JsonExporter(), new TimelineJsExporter(), new CsvExporter(), new MarkdownExporter(),
                new HtmlExporter(), new AnnotationsExporter())).all();
    }

    /** {@code events} events with two claims each, every tenth undated, one resolved discrepancy per 20 events. */
    static ExportData of(int events, Instant generatedAt) {
        List<ExportData.Event> list = new ArrayList<>(events);
        List<ExportData.ResolvedDiscrepancy> ds = new ArrayList<>();
        LocalDate base = LocalDate.of(2020, 1, 1);
        String sha = "ab".repeat(32);
        for (int i = 0; i < events; i++) {
            DateValue date = switch (i % 10) {
                case 0 -> null;
                case 1 -> DateValue.of(base.plusDays(i).withDayOfMonth(1), base.plusDays(i).withDayOfMonth(base.plusDays(i).lengthOfMonth()), DatePrecision.MONTH);
                case 2 -> new DateValue(base.plusDays(i), base.plusDays(i + 10), DatePrecision.APPROXIMATE, null);
                case 3 -> new DateValue(base.plusDays(i), base.plusDays(i + 3), DatePrecision.RANGE, null);
                default -> DateValue.day(base.plusDays(i));
            };
            List<ExportData.Claim> claims = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                long id = i * 2L + k;
                claims.add(new ExportData.Claim(id, "quoted words " + id + " with \"quotes\", commas & <tags>", "before ", " after",
                        k == 0 ? "Statement " + id : "", date,
                        new ExportData.Citation(id % 50, "Outlet " + (id % 50), "Article " + (id % 50) + " *title*",
                                k == 0 ? "https://example.com/a/" + (id % 50) + "?x=1&y=2" : null, base.plusDays(id % 50), sha,
                                (int) (id % 500), (int) (id % 500) + 30)));
            }
            list.add(new ExportData.Event(i + 1, (i % 7 == 0 ? "=SUM(A1) " : "") + "Event " + i + " <b>bold</b> [link](x) #" + i,
                    "Summary of event " + i + "\nover two lines", i % 3 == 0 ? "Moscow" : "", date,
                    i % 2 == 0 ? "verified" : "draft", i % 2 == 0 ? "carol" : null,
                    i % 2 == 0 ? Instant.parse("2023-04-01T10:00:00Z") : null, List.copyOf(claims)));
            if (i % 20 == 0) {
                ds.add(new ExportData.ResolvedDiscrepancy(i, "number", "a_right", "three days", "two vs three days", "note " + i,
                        null, "carol", Instant.parse("2023-04-01T09:00:00Z"), i + 1L, List.of(i * 2L, i * 2L + 1)));
            }
        }
        list.sort(ExportService.EVENT_ORDER);
        return new ExportData(new ExportData.Project(1, "Benchmark project", "Generated <data>", "benchmark-project"), generatedAt,
                ExportScope.ALL, List.copyOf(list), List.copyOf(ds));
    }
}
