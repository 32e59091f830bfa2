package com.factline.discrepancy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The documents of one story, segmented once, plus corpus-wide word statistics the detectors share. */
final class Corpus {
    final List<DocText> docs = new ArrayList<>();
    final Map<String, DocText> byId = new HashMap<>();
    /** Words seen in lower case away from a sentence start: evidence that a capitalised form is an ordinary word. */
    final Set<String> lowercaseWords = new HashSet<>();

    Corpus(List<DetectDocument> documents) {
        Map<String, Integer> outletCounts = new HashMap<>();
        for (DetectDocument d : documents) {
            outletCounts.merge(d.outlet(), 1, Integer::sum);
        }
        int order = 0;
        for (DetectDocument d : documents) {
            // Two documents from one outlet must stay distinguishable in a reason sentence.
            String label = outletCounts.get(d.outlet()) > 1 ? d.outlet() + " [" + d.id() + "]" : d.outlet();
            DocText dt = new DocText(d, order++, label);
            docs.add(dt);
            byId.put(d.id(), dt);
            for (DocText.Token t : dt.tokens) {
                if (!t.sentenceInitial() && Character.isLowerCase(t.text().codePointAt(0))) {
                    lowercaseWords.add(Words.lower(Words.stripPossessive(t.text())));
                }
            }
        }
    }

    static Corpus of(DetectDocument... docs) {
        return new Corpus(List.of(docs));
    }
}
