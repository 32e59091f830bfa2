/** Events on the shared timeline: what happened, when, supported by claims from the sources. */
@NullMarked
package com.factline.timeline;

import org.jspecify.annotations.NullMarked;
