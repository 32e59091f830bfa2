package com.factline.claim;

import java.util.Locale;

public enum ClaimStatus {
    DRAFT, CHECKED, DISPUTED;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClaimStatus parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new com.factline.base.InvalidInputException("Unknown claim status \u201c" + s + "\u201d; use draft, checked or disputed.");
        }
    }
}
