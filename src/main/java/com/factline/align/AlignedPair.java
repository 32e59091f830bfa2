package com.factline.align;

/**
 * Two sentences of independent documents that probably report the same fact or happening.
 *
 * @param docA id of the document that comes first in the aligner's input
 * @param sentenceA index of the sentence in docA
 * @param docB id of the other document
 * @param sentenceB index of the sentence in docB
 * @param score how alike the two are (cosine similarity of the embeddings plus a small bonus for shared names,
 *        numbers and rare words); higher is more alike, at most about 1.3
 * @param explanation one sentence saying why they were aligned
 */
public record AlignedPair(String docA, int sentenceA, String docB, int sentenceB, double score, String explanation) {
}
