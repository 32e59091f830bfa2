/**
 * Review and sign-off: a reviewer other than the last editor verifies an event once no open
 * discrepancy remains; any later change to its claims sends it back for re-verification. Owns an
 * event's review columns; a leaf: it listens to the modules it lists, none depends on it.
 */
@ApplicationModule(allowedDependencies = {"base", "project", "temporal", "timeline", "claim", "discrepancy", "collab"})
@NullMarked
package com.factline.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
