package com.factline.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * What an empty list shows instead of a blank box: what is missing and the next step, as text,
 * with at most one link to where that step is taken. The text is never parsed as HTML.
 */
public final class EmptyState extends Div {

    private final String text;
    private final @Nullable Anchor link;

    public EmptyState(String text) {
        this(text, null, null);
    }

    /** {@code href} is a path inside the application, such as {@code projects/7/timeline}. */
    public EmptyState(String text, @Nullable String linkText, @Nullable String href) {
        this.text = text;
        addClassName("fl-empty-state");
        add(new Span(text));
        if (linkText != null && href != null) {
            link = new Anchor(href, linkText);
            // Followed by the client-side router: no page reload, the session's state stays.
            link.getElement().setAttribute("router-link", true);
            add(new Span(" "), link);
        } else {
            link = null;
        }
    }

    /** The sentence shown (for tests and for whoever composes a longer message). */
    public String text() {
        return text;
    }

    /** The path the link leads to, or null when there is no link. */
    public @Nullable String href() {
        return link == null ? null : link.getHref();
    }
}
