/**
 * Typed ids shared across modules (a shared kernel inside the open base module): ids that a module
 * must name although the owning module depends on it.
 */
@NullMarked
package com.factline.base.ids;

import org.jspecify.annotations.NullMarked;
