/**
 * Review and sign-off: a reviewer other than the last editor verifies an event once no open
 * discrepancy remains; any later change to its claims sends it back for re-verification.
 */
@NullMarked
package com.factline.review;

import org.jspecify.annotations.NullMarked;
