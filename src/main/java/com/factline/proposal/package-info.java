/**
 * Proposals: events the drafter ({@code draft}) proposes from all of a project's sources, each with its date,
 * its evidence and every outlet that reports it, computed in the background; editors accept (creating the event
 * and its claims), merge into an existing event, or dismiss them (remembered).
 */
@NullMarked
package com.factline.proposal;

import org.jspecify.annotations.NullMarked;
