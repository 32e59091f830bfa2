/**
 * Alignment of what several sources say: sentence embeddings computed in-process and the matching of passages
 * that report the same fact or happening across sources. Shared by discrepancy suggestions and timeline proposals.
 */
@NullMarked
package com.factline.align;

import org.jspecify.annotations.NullMarked;
