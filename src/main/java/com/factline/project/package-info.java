/** Projects (one story each) and their members; the gate every other module asks for access. */
@NullMarked
package com.factline.project;

import org.jspecify.annotations.NullMarked;
