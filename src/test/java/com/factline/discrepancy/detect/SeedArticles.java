package com.factline.discrepancy.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the five sample articles; prefers the project's top-level seeds/ folder, falls back to test resources. */
final class SeedArticles {
    private SeedArticles() {
    }

    static List<DetectDocument> load() {
        Path dir = Path.of("seeds");
        if (!Files.isRegularFile(dir.resolve("sources.tsv"))) {
            dir = Path.of("src/test/resources/detect/seeds");
        }
        if (!Files.isRegularFile(dir.resolve("sources.tsv"))) {
            dir = Path.of("src/test/resources/seeds");
        }
        try {
            List<DetectDocument> docs = new ArrayList<>();
            List<String> lines = Files.readAllLines(dir.resolve("sources.tsv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                String text = Files.readString(dir.resolve(f[0]), StandardCharsets.UTF_8);
                docs.add(new DetectDocument(f[0].substring(0, 3), f[1], text));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
