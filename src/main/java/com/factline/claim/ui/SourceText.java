package com.factline.claim.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * The article text cut into segments at every claim and suggestion boundary. Each segment is a
 * span that knows its code-point offset ({@code data-start}), so the browser module can report a
 * selection as offsets into the stored text. The spans are built in the browser from the segments
 * (see {@link #RENDER}); text is only ever set as text ({@code textContent}): never HTML.
 */
@JsModule("context://assets/reader.js")
class SourceText extends Div {

    record Mark(int start, int end, String cssClass, String tooltip, int key) {
    }

    private BiConsumer<Integer, Integer> onSelect = (a, b) -> {
    };
    private IntConsumer onMarkClick = k -> {
    };
    /** The segments the browser shows, in order. */
    final List<Segment> segments = new ArrayList<>();

    SourceText() {
        addClassName("fl-source-text");
        setId("source-text");
        getElement().setAttribute("data-fl-reader", "");
        // Focusable, so a selection can be made with the keyboard (Shift+arrows, reader.js).
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", "Article text: Shift+arrows select, Enter or Alt+C makes a claim");
        // One listener for every mark: the clicked segment says its key (data-k); plain text has none.
        getElement().addEventListener("click", e -> {
            var k = e.getEventData().get(CLICKED);
            if (k != null && !k.isNull() && !k.asString().isEmpty()) {
                onMarkClick.accept(Integer.parseInt(k.asString()));
            }
        }).addEventData(CLICKED);
        // The segments are built by a script: a view attached again (its element made afresh) builds them again.
        addAttachListener(e -> {
            if (!e.isInitialAttach() && !segments.isEmpty()) {
                render();
            }
        });
    }

    private static final String CLICKED = "event.target.dataset.k";

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

    /**
     * A piece of the text between two mark boundaries: where it starts (in code points), its text, the classes of
     * the marks over it, their tooltips, and the key a click on it reports (null when no mark covers it).
     */
    record Segment(int start, String text, List<String> classes, @Nullable String title, @Nullable Integer key) {

        boolean hasClassName(String className) {
            return classes.contains(className);
        }

        String getText() {
            return text;
        }
    }

    /**
     * Builds the segments in the browser: a span each, its text and tooltip set as text ({@code textContent},
     * {@code title}), never as markup. One script and one array instead of a server-side component (and a click
     * listener) per segment: an article with fifty claims and its dates is some two hundred segments.
     */
    private static final String RENDER = """
            this.replaceChildren(...$0.map(([start, text, classes, title, key]) => {
              const s = document.createElement('span');
              s.dataset.start = start;
              s.textContent = text;
              if (classes) s.className = classes;
              if (title) s.title = title;
              if (key !== null) s.dataset.k = key;
              return s;
            }));""";

    /** Re-renders the text with its marks; {@code text} is split on code points, not chars. */
    void show(String text, List<Mark> marks) {
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
                int from = prev;
                List<String> classes = new ArrayList<>();
                StringBuilder tip = new StringBuilder();
                Mark top = null;
                for (Mark m : marks) {
                    if (m.start() <= from && m.end() >= cut) {
                        if (!classes.contains(m.cssClass())) {
                            classes.add(m.cssClass());
                        }
                        if (!tip.isEmpty()) {
                            tip.append('\n');
                        }
                        tip.append(m.tooltip());
                        if (top == null || m.cssClass().equals("fl-claim")) {
                            top = m;
                        }
                    }
                }
                segments.add(new Segment(from, text.substring(charPos, endChar), List.copyOf(classes),
                        top == null ? null : tip.toString(), top == null ? null : top.key()));
                charPos = endChar;
            }
            prev = cut;
        }
        render();
    }

    private void render() {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (Segment seg : segments) {
            ArrayNode row = rows.addArray().add(seg.start()).add(seg.text()).add(String.join(" ", seg.classes())).add(seg.title());
            if (seg.key() == null) {
                row.addNull();
            } else {
                row.add(seg.key().intValue());
            }
        }
        getElement().executeJs(RENDER, rows);
    }

    /** A click on a segment, as the browser reports it (its key): what a click on a mark does. */
    void click(Segment segment) {
        if (segment.key() != null) {
            onMarkClick.accept(segment.key());
        }
    }
}
