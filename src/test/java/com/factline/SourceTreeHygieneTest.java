package com.factline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No merge-conflict markers are committed: a merge once left {@code <<<<<<<}/{@code =======}/{@code >>>>>>>} lines in
 * the README's Measured table, and nothing noticed for a whole session. Java, SQL, properties, CSS, JavaScript and
 * Markdown files under the checkout are read (build output and hidden folders aside).
 */
class SourceTreeHygieneTest {

    private static final Pattern MARKER = Pattern.compile("^(<{7}|>{7})( .*)?$|^={7}$", Pattern.MULTILINE);

    @Test
    void noFileCarriesMergeConflictMarkers() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("."))) {
            for (Path f : files.filter(Files::isRegularFile).filter(SourceTreeHygieneTest::isSource).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                var m = MARKER.matcher(text);
                if (m.find()) {
                    found.add(f + ": " + m.group());
                }
            }
        }
        assertThat(found).as("merge-conflict markers").isEmpty();
    }

    @Test
    void theMarkerPatternFindsEachKindOfMarkerAndNotAMarkdownRule() {
        assertThat(MARKER.matcher("a\n<<<<<<< HEAD\nb").find()).isTrue();
        assertThat(MARKER.matcher("a\n=======\nb").find()).isTrue();
        assertThat(MARKER.matcher("a\n>>>>>>> temporal5b\nb").find()).isTrue();
        assertThat(MARKER.matcher("Title\n=====\n| a | b |\n| --- | --- |").find()).isFalse();
    }

    private static boolean isSource(Path p) {
        String s = p.toString().replace('\\', '/');
        if (s.contains("/target/") || s.contains("/.git/") || s.contains("/node_modules/") || s.matches(".*/\\.[^/]+/.*")) {
            return false;
        }
        return s.matches(".*\\.(java|sql|properties|css|js|md|yml|yaml|xml)$");
    }
}
