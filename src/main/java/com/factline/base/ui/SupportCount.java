package com.factline.base.ui;

/** How much support an event has, without overstating it: "4 articles · 3 outlets", not "4 independent". */
public final class SupportCount {

    private SupportCount() {
    }

    public static String of(int articles, int outlets) {
        return articles + " article" + (articles == 1 ? "" : "s") + " \u00B7 " + outlets + " outlet" + (outlets == 1 ? "" : "s");
    }
}
