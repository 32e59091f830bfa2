package com.factline.source;

import com.factline.discrepancy.detect.DetectDocument;
import com.factline.discrepancy.detect.DiscrepancyDetector;
import com.factline.reliability.HostileTexts;
import com.factline.temporal.TemporalResolver;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Issue 11's benchmark: for 1, 5 and 10 MB of crafted text of each kind (weekday storm, one giant
 * sentence, many numbers with one noun, one-megabyte tokens) prints the time and the peak heap of
 * the import's text part (decode, normalise, validate, hash), the reader's temporal suggestions
 * (the resolver) and a discrepancy refresh (the detectors on the crafted text plus a normal
 * article). Run by hand, after {@code ./mvnw test-compile}:
 * <pre>java -Xmx2g -cp target/classes:target/test-classes:$(cat target/classpath.txt) com.factline.source.HostileInputBenchmark [sizesInMB] [kinds]</pre>
 * (the classpath file from {@code ./mvnw dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}).
 * {@code -Dbenchmark.steps=import,discrepancy} runs only some steps. A step that takes longer than the time
 * limit ({@code -Dbenchmark.limitSeconds}, default 300) is reported as such and the benchmark stops; the suggestions step goes through the temporal resolver, which another change bounds.
 */
public final class HostileInputBenchmark {

    private HostileInputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 5, 10};
        List<String> kinds = args.length > 1 ? List.of(args[1].split(",")) : List.of("weekdays", "sentence", "numbers", "token");
        List<String> steps = List.of(System.getProperty("benchmark.steps", "import,suggestions,discrepancy").split(","));
        String normal = Files.readString(Path.of("seeds/000_0a399182fad218ee.txt"));
        LocalDate published = LocalDate.of(2023, 3, 18);
        System.out.printf("%-9s %5s  %-12s %10s %12s%n", "kind", "MB", "step", "ms", "peak heap MB");
        for (String kind : kinds) {
            IntFunction<String> make = switch (kind) {
                case "weekdays" -> HostileTexts::weekdayStorm;
                case "sentence" -> HostileTexts::giantSentence;
                case "numbers" -> HostileTexts::manyNumbersOneNoun;
                case "token" -> HostileTexts::megabyteTokens;
                default -> throw new IllegalArgumentException(kind);
            };
            for (int mb : sizes) {
                String text = make.apply(mb * 1_000_000);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                if (steps.contains("import")) {
                    measure(kind, mb, "import", () -> {
                        String t = ArticleText.normalise(ArticleText.decodeBytes(bytes));
                        try {
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8)));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return t.codePointCount(0, t.length());
                    });
                }
                if (steps.contains("suggestions")) {
                    measure(kind, mb, "suggestions", () -> new TemporalResolver().resolve(text, published).size());
                }
                if (steps.contains("discrepancy")) {
                    measure(kind, mb, "discrepancy", () -> new DiscrepancyDetector().detect(List.of(
                            new DetectDocument("1", "Crafted", text), new DetectDocument("2", "Normal", normal)), List.of()).size());
                }
            }
        }
    }

    private static void measure(String kind, int mb, String step, Supplier<Integer> work) throws InterruptedException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long limitMs = Long.getLong("benchmark.limitSeconds", 300) * 1000;
        long t0 = System.nanoTime();
        int[] result = {-1};
        Thread t = Thread.ofPlatform().daemon().start(() -> result[0] = work.get());
        t.join(limitMs);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (t.isAlive()) {
            System.out.printf("%-9s %5d  %-12s %10s %12s  (did not finish within %d s)%n", kind, mb, step, ">" + ms, "-", limitMs / 1000);
            System.out.flush();
            Runtime.getRuntime().halt(2); // the stuck step cannot be stopped; the figures above stand
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-9s %5d  %-12s %10d %12d  [%d]%n", kind, mb, step, ms, Math.max(0, peak - before) / 1_000_000, result[0]);
    }
}
