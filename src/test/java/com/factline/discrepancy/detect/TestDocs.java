package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.List;

final class TestDocs {
    private TestDocs() {
    }

    /** Pairs of outlet and text; ids are d0, d1, ... */
    static List<DetectDocument> docs(String... outletAndText) {
        List<DetectDocument> out = new ArrayList<>();
        for (int i = 0; i < outletAndText.length; i += 2) {
            out.add(new DetectDocument("d" + (i / 2), outletAndText[i], outletAndText[i + 1]));
        }
        return out;
    }

    static List<Suggestion> run(SuggestionKind kind, List<DetectDocument> docs) {
        return new DiscrepancyDetector().detect(docs, List.of()).stream().filter(s -> s.kind() == kind).toList();
    }
}
