package com.factline.discrepancy.detect;

import com.factline.align.AlignSentence;
import com.factline.align.AlignSentences;
import com.factline.align.MiniLmEmbedder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Refresh time and peak heap of the discrepancy suggestions for 5, 50 and 200 articles of realistic length (devset
 * articles, read at run time; skipped when {@code ../shared/devsets} is absent). Sentence vectors are computed first,
 * as at import, and are not part of the refresh time. Run by hand, on one core:
 * {@code java -XX:ActiveProcessorCount=1 -cp target/classes:target/test-classes:$(cat cp.txt)
 * com.factline.discrepancy.detect.DiscrepancyBenchmark}
 */
public final class DiscrepancyBenchmark {

    private DiscrepancyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("factline.devsets", "../shared/devsets"), "multi-source");
        if (!Files.isDirectory(root)) {
            System.out.println("skipped: development data not found at " + root.toAbsolutePath());
            return;
        }
        List<DetectDocument> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(p -> p.getFileName().toString().startsWith("basil-")).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        all.add(new DetectDocument("d" + all.size(), f.getFileName().toString().substring(3)
                                .replace(".txt", ""), Files.readString(f, StandardCharsets.UTF_8),
                                java.time.LocalDate.of(2015, 6, 1), null));
                    }
                }
                if (all.size() >= 200) {
                    break;
                }
            }
        }
        Map<String, List<AlignSentence>> vectors = new HashMap<>();
        long t0 = System.nanoTime();
        for (DetectDocument d : all.subList(0, Math.min(200, all.size()))) {
            vectors.put(d.id(), AlignSentences.of(d.text(), MiniLmEmbedder.shared()));
        }
        System.out.printf("embedding at import: %d articles in %.1f s%n", vectors.size(), (System.nanoTime() - t0) / 1e9);
        DiscrepancyDetector detector = new DiscrepancyDetector(d -> vectors.get(d.id()));
        detector.detect(all.subList(0, 5), List.of()); // warm-up
        for (int n : new int[] {5, 50, 200}) {
            List<DetectDocument> docs = all.subList(0, Math.min(n, all.size()));
            long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            int found = detector.detect(docs, List.of()).size();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("refresh: %3d articles (%,d chars) %6.2f s, peak heap %4d MB, %d suggestions%n",
                    docs.size(), chars, seconds, peakHeapMb(), found);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
