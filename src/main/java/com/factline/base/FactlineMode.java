package com.factline.base;

/** Facts about how this instance runs, decided once at start-up. */
public record FactlineMode(boolean embeddedDatabase, boolean demo) {
}
