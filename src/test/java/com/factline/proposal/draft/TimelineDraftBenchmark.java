package com.factline.proposal.draft;

import com.factline.align.MiniLmEmbedder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Proposal time for 5, 50 and 200 articles: articles of the dev-set story folders (read at run time, in folder
 * order) drafted as one project. Run by hand, on one core:
 * {@code taskset -c 0 java -cp target/test-classes:target/classes:$(cat cp.txt) com.factline.proposal.draft.TimelineDraftBenchmark}.
 * Prints wall time and the CPU time of all threads of the process (the embedding model may use helper threads).
 */
public final class TimelineDraftBenchmark {

    static final Path DEVSETS = Path.of(System.getProperty("factline.devsets", "../shared/devsets"));

    private TimelineDraftBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path multi = DEVSETS.resolve("multi-source");
        if (!Files.isDirectory(multi)) {
            System.out.println("skipped: development data not found at " + multi.toAbsolutePath() + " (see shared/devsets/README.md)");
            return;
        }
        List<DraftSource> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(multi)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (all.size() >= 200) {
                    break;
                }
                for (DraftSource s : StoryFolder.load(d).sources()) {
                    // ids must be unique across folders
                    all.add(new DraftSource(d.getFileName() + "/" + s.id(), s.outlet(), null, s.published(), s.text()));
                }
            }
        }
        // as in the app: each source's sentence vectors are computed once at import (here, before timing) and read
        // by the drafter for the shared alignment
        java.util.Map<String, List<com.factline.align.AlignSentence>> stored = new java.util.HashMap<>();
        for (DraftSource s : all) {
            stored.put(s.id(), com.factline.align.AlignSentences.of(s.text(), MiniLmEmbedder.shared()));
        }
        TimelineDrafter drafter = new TimelineDrafter(MiniLmEmbedder.shared(), s -> stored.get(s.id()));
        // warm-up: model load and JIT
        drafter.draft(all.subList(0, 5));
        for (int n : new int[] {5, 50, 200}) {
            List<DraftSource> sources = all.subList(0, Math.min(n, all.size()));
            long words = sources.stream().mapToLong(s -> s.text().split("\\s+").length).sum();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            List<DraftEvent> proposals = drafter.draft(sources);
            long wall = System.nanoTime() - t0;
            long cpu = processCpuNanos() - cpu0;
            System.out.printf("articles=%d words=%d proposals=%d wall_ms=%d cpu_ms=%d%n", sources.size(), words,
                    proposals.size(), wall / 1_000_000, cpu / 1_000_000);
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadCpuTime();
    }
}
