package com.factline.proposal.draft;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One article as the drafter sees it.
 *
 * @param id           the source's id as text (stable across runs, used in passages and fingerprints)
 * @param outlet       the outlet's name, for titles and explanations
 * @param republishes  the id of the source this one republishes (a wire copy), or null: both count as one
 *                     independent source
 * @param published    the publication date that relative dates resolve against, or null when unknown
 * @param text         the article text exactly as stored; offsets are code points into it
 */
public record DraftSource(String id, String outlet, @Nullable String republishes, @Nullable LocalDate published, String text) {
}
