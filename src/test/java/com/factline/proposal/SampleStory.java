package com.factline.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The five sample articles (the app's own seed data, on the class path) with their outlets and publication dates. */
final class SampleStory {

    record Article(String file, String outlet, LocalDate published, String title, String text) {
    }

    private SampleStory() {
    }

    static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        String[] lines = read("sources.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            if (f.length >= 4) {
                out.add(new Article(f[0], f[1], LocalDate.parse(f[2].strip()), f[3], read(f[0])));
            }
        }
        return out;
    }

    private static String read(String name) {
        try (InputStream in = new ClassPathResource("seeds/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
