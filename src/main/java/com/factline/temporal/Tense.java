package com.factline.temporal;

/** Time orientation of the clause an expression stands in, as read from its tense and modal cues. */
enum Tense { PAST, FUTURE, UNKNOWN }
