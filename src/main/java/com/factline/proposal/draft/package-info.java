/**
 * The timeline drafter: pure Java, no Spring, no database. Finds the passages of each article that report a dated
 * happening, groups those of different sources that report the same one and proposes one event per group.
 * Exposed as the {@code draft} interface of the proposal module so the reader can date a selection
 * ({@link com.factline.proposal.draft.ContextDates}) and the command line can evaluate the drafter.
 */
@NullMarked
@NamedInterface("draft")
package com.factline.proposal.draft;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
