package com.factline.timeline;

import java.util.Locale;

public enum EventStatus {
    DRAFT, CORROBORATED, DISPUTED, VERIFIED, NEEDS_REVERIFICATION;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventStatus fromDb(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
