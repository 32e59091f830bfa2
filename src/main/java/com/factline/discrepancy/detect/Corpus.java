package com.factline.discrepancy.detect;

import com.factline.base.ArticleName;
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
        // Two documents from one outlet must stay distinguishable in a reason sentence, by date or headline, never by id.
        List<String> names = ArticleName.distinct(documents.stream().map(d -> new ArticleName(d.outlet(), d.published(), d.title())).toList());
        List<String> labels = new ArrayList<>(names.size());
        Map<String, Integer> seen = new HashMap<>();
        for (String n : names) {
            int k = seen.merge(n, 1, Integer::sum); // documents that read exactly alike (no headline known)
            labels.add(k == 1 ? n : n + " (" + k + ")");
        }
        int order = 0;
        for (DetectDocument d : documents) {
            DocText dt = new DocText(d, order, labels.get(order));
            order++;
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
