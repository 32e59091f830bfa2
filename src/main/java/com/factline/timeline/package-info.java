/**
 * Events on the shared timeline: what happened, when, supported by claims from the sources.
 * Owns the {@code event} table and {@code claim.event_id}. It knows nothing of claims' other
 * columns, discrepancies or review: it tells them what happened ({@code EventEdited},
 * {@code ClaimsMoved}, {@code EventsMerged}), so those modules depend on it, never the reverse.
 */
@ApplicationModule(allowedDependencies = {"base", "project", "temporal", "collab"})
@NullMarked
package com.factline.timeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
