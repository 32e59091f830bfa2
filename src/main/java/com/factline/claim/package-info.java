/** Dated claims: quoted spans of a source, anchored by offsets and context, with a resolved date. */
@NullMarked
package com.factline.claim;

import org.jspecify.annotations.NullMarked;
