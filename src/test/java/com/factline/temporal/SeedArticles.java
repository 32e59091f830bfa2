package com.factline.temporal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the sample articles. The project keeps them in the top-level {@code seeds/} folder; a copy on
 * the test class path (under {@code seeds/}) is used when the tests run elsewhere.
 */
final class SeedArticles {

    private SeedArticles() {
    }

    static String read(String name) {
        Path onDisk = Path.of("seeds", name);
        try {
            if (Files.isRegularFile(onDisk)) {
                return Files.readString(onDisk, StandardCharsets.UTF_8);
            }
            try (InputStream in = SeedArticles.class.getResourceAsStream("/seeds/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("seed article not found: " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String name) {
        Path onDisk = Path.of("seeds", name);
        if (Files.isRegularFile(onDisk)) {
            return onDisk;
        }
        try {
            return Path.of(SeedArticles.class.getResource("/seeds/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("seed article not found: " + name, e);
        }
    }

    /** File name to publication date, from sources.tsv. */
    static Map<String, LocalDate> publicationDates() {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        String[] lines = read("sources.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cols = lines[i].split("\t");
            if (cols.length >= 3) {
                out.put(cols[0], LocalDate.parse(cols[2].trim()));
            }
        }
        return out;
    }

    static String resource(String path) {
        try (InputStream in = SeedArticles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource not found: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
