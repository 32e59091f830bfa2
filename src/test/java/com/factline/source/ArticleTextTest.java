package com.factline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ArticleTextTest {

    @Test
    void shouldKeepOneEmptyLineBetweenParagraphsAndStripEveryLine() {
        assertThat(ArticleText.tidyLines("\n \n  First line  \nsecond\n\n\n\n third \n\n")).isEqualTo("First line\nsecond\n\nthird");
        assertThat(ArticleText.tidyLines(" \n\t")).isEmpty();
    }

    /** 4 MB of HTML in 200,000 paragraphs: the old line joining copied the growing text once per line (hours). */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldReduceALargeHtmlFileInLinearTime() {
        StringBuilder html = new StringBuilder("<html><head><title>Log</title></head><body>");
        for (int i = 0; i < 200_000; i++) {
            html.append("<p>Entry ").append(i).append(" on Friday.</p>\n");
        }
        html.append("</body></html>");

        ArticleText.Decoded decoded = ArticleText.htmlToText(html.toString());

        assertThat(decoded.htmlTitle()).isEqualTo("Log");
        assertThat(decoded.text()).startsWith("Entry 0 on Friday.\n\nEntry 1 on Friday.").endsWith("Entry 199999 on Friday.");
        assertThat(decoded.text().lines().filter(l -> !l.isEmpty()).count()).isEqualTo(200_000);
    }
}
