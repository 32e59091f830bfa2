package com.factline.source;

import java.util.Locale;

/**
 * Prints how long reducing a saved page to its article takes for 1, 2 and 5 MB of HTML (paragraphs with links and
 * chrome), to show it grows about linearly. Run by hand: java -cp target/classes:target/test-classes:&lt;deps&gt;
 * com.factline.source.ImportBenchmark
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            for (int mb : new int[] {1, 2, 5}) {
                String html = page(mb * 1024 * 1024);
                long start = System.nanoTime();
                HtmlArticle.Extracted e = HtmlArticle.extract(html, "https://news.example/a");
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (round == 1) {
                    System.out.printf(Locale.ENGLISH, "%d MB of HTML -> %,d characters of article text in %,d ms (%.1f MB/s)%n",
                            mb, e.text().length(), ms, mb * 1000.0 / Math.max(1, ms));
                }
            }
        }
    }

    static String page(int bytes) {
        StringBuilder b = new StringBuilder("<html><head><title>Benchmark</title></head><body><nav><a href=/>Home</a></nav><article>");
        for (int i = 0; b.length() < bytes; i++) {
            b.append("<p>On Friday the council said ").append(i)
                    .append(" people had signed, <a href=\"/x\">a petition</a> filed on 3 March 2023.</p>\n");
            if (i % 50 == 0) {
                b.append("<div class=\"related\"><a href=\"/r\">Related story ").append(i).append("</a></div>\n");
            }
        }
        return b.append("</article><footer>Footer</footer></body></html>").toString();
    }
}
