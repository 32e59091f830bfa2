package com.factline.claim.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * The article text cut into segments at every claim and suggestion boundary. Each segment is a
 * span that knows its code-point offset ({@code data-start}), so the browser module can report a
 * selection as offsets into the stored text. Text is only ever set with setText: never HTML.
 */
@JsModule("context://assets/reader.js")
class SourceText extends Div {

    record Mark(int start, int end, String cssClass, String tooltip, int key) {
    }

    private BiConsumer<Integer, Integer> onSelect = (a, b) -> {
    };
    private IntConsumer onMarkClick = k -> {
    };
    final List<Span> segments = new ArrayList<>();

    SourceText() {
        addClassName("fl-source-text");
        setId("source-text");
        getElement().setAttribute("data-fl-reader", "");
        // Focusable, so a selection can be made with the keyboard (Shift+arrows, reader.js).
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", "Article text: Shift+arrows select, Enter or Alt+C makes a claim");
    }

    /**
     * Whether a selection here makes a claim (an editor) or is only a selection (a viewer): the browser module then
     * reports no selection, and Enter in the text does nothing.
     */
    void setClaimMaking(boolean on) {
        if (on) {
            getElement().removeAttribute("data-fl-read-only");
        } else {
            getElement().setAttribute("data-fl-read-only", "");
        }
        getElement().setAttribute("aria-label", on ? "Article text: Shift+arrows select, Enter or Alt+C makes a claim"
                : "Article text");
    }

    boolean isClaimMaking() {
        return !getElement().hasAttribute("data-fl-read-only");
    }

    /**
     * Asks the browser for the selection in the text and hands it on as offsets, or runs {@code none} when
     * nothing in the text is selected.
     */
    void requestSelection(Runnable none) {
        getElement().executeJs("return window.factlineReader ? window.factlineReader.selection(this) : null").then(json -> {
            if (json != null && json.isArray() && json.size() == 2) {
                onSelect.accept(json.get(0).asInt(), json.get(1).asInt());
            } else {
                none.run();
            }
        });
    }

    void onSelect(BiConsumer<Integer, Integer> listener) {
        this.onSelect = listener;
    }

    void onMarkClick(IntConsumer listener) {
        this.onMarkClick = listener;
    }

    @ClientCallable
    void select(int start, int end) {
        onSelect.accept(start, end);
    }

    /** Re-renders the text with its marks; {@code text} is split on code points, not chars. */
    void show(String text, List<Mark> marks) {
        removeAll();
        segments.clear();
        int length = text.codePointCount(0, text.length());
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (Mark m : marks) {
            cuts.add(Math.max(0, Math.min(length, m.start())));
            cuts.add(Math.max(0, Math.min(length, m.end())));
        }
        Integer prev = null;
        int charPos = 0;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int endChar = text.offsetByCodePoints(charPos, cut - prev);
                Span seg = new Span();
                seg.setText(text.substring(charPos, endChar));
                seg.getElement().setAttribute("data-start", String.valueOf(prev));
                int from = prev;
                StringBuilder tip = new StringBuilder();
                Mark top = null;
                for (Mark m : marks) {
                    if (m.start() <= from && m.end() >= cut) {
                        seg.addClassName(m.cssClass());
                        if (!tip.isEmpty()) {
                            tip.append('\n');
                        }
                        tip.append(m.tooltip());
                        if (top == null || m.cssClass().equals("fl-claim")) {
                            top = m;
                        }
                    }
                }
                if (top != null) {
                    seg.getElement().setAttribute("title", tip.toString());
                    int key = top.key();
                    seg.addClickListener(e -> onMarkClick.accept(key));
                }
                add(seg);
                segments.add(seg);
                charPos = endChar;
            }
            prev = cut;
        }
    }
}
