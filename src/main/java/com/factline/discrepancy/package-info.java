/**
 * Discrepancies between sources: marked by hand or suggested by the detection engine
 * ({@code detect}), accepted or dismissed by editors, resolved by reviewers.
 */
@NullMarked
package com.factline.discrepancy;

import org.jspecify.annotations.NullMarked;
