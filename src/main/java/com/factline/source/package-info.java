/** Imported articles: immutable text with metadata, the anchor for every claim. */
@NullMarked
package com.factline.source;

import org.jspecify.annotations.NullMarked;
