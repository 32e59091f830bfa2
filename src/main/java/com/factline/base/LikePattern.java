package com.factline.base;

/** SQL {@code LIKE}/{@code ILIKE} patterns built from what a user typed, matched literally. */
public final class LikePattern {

    private LikePattern() {
    }

    /** A pattern that finds {@code text} literally anywhere (%, _ and \ in it escaped). */
    public static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
