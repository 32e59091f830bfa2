package com.factline.export;

import java.time.Instant;
import java.util.Locale;

/**
 * Times every format on 10,000 in-memory events (20,000 claims): best of five after three
 * warm-up runs. Goal: under 2 s each. Run after {@code ./mvnw test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) com.factline.export.ExportBenchmark [events]}.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        ExportData data = SampleData.of(events, Instant.parse("2024-01-01T00:00:00Z"));
        System.out.printf(Locale.ROOT, "%d events, %d claims%n", data.events().size(),
                data.events().stream().mapToInt(e -> e.claims().size()).sum());
        for (Exporter e : SampleData.exporters()) {
            for (int i = 0; i < 3; i++) {
                e.export(data); // warm-up
            }
            long best = Long.MAX_VALUE;
            int size = 0;
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                size = e.export(data).length;
                best = Math.min(best, System.nanoTime() - t);
            }
            System.out.printf(Locale.ROOT, "%-12s %8.1f ms  %10d bytes  %s%n", e.id(), best / 1e6, size, best < 2_000_000_000L ? "ok" : "OVER 2 s");
        }
    }
}
