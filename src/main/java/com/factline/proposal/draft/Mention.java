package com.factline.proposal.draft;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One passage of one source that reports a happening, dated from its context.
 *
 * @param source       index of the source in the drafter's input
 * @param group        index of the source's independence group (a republished copy shares its original's group)
 * @param start        code point offset of the passage
 * @param end          code point offset just after the passage
 * @param quote        the passage's text
 * @param dated        its date and why, or null when its context gives none (it may still join a group by content)
 * @param dateInClause true when that date is written in the passage's own clause
 * @param participants capitalised names and numbers of the passage, lower-cased
 * @param words        the passage's content words, cut to a short stem
 * @param heads        its event verbs and nouns, cut to a short stem ({@link EventCues#heads})
 */
record Mention(int source, int group, int start, int end, String quote, @Nullable DatedSpan dated, boolean dateInClause, Set<String> participants,
               Set<String> words, Set<String> heads) {

    /** True when the passage's date comes from the text itself, not from the publication date or nowhere. */
    boolean ownDate() {
        return dated != null && dated.basis() != DatedSpan.Basis.PUBLICATION;
    }
}
