/**
 * Live collaboration: committed changes reach every open view of the project, on this and on
 * other app instances (PostgreSQL LISTEN/NOTIFY), plus who is where (presence).
 */
@NullMarked
package com.factline.collab;

import org.jspecify.annotations.NullMarked;
