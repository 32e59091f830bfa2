package com.factline.source;

/** Where a metadata field of an imported article came from, as the editor is shown it. */
public enum Provenance {
    /** Typed (or sent through the API) by the editor: wins over everything found in the page. */
    EDITOR("entered by you"),
    JSON_LD("schema.org JSON-LD"),
    OPENGRAPH("OpenGraph / article meta tags"),
    META("HTML meta tag"),
    TIME_ELEMENT("<time> element"),
    DATELINE("the article's dateline"),
    TITLE_ELEMENT("the page's <title>"),
    HEADING("the first heading"),
    DOCUMENT_PROPERTIES("the document's properties"),
    URL_HOST("the address's host name"),
    FILE_NAME("the file name"),
    DETECTED("detected from the text");

    private final String label;

    Provenance(String label) {
        this.label = label;
    }

    /** Words for the editor, e.g. "schema.org JSON-LD". */
    public String label() {
        return label;
    }

    /** The JSON name, e.g. {@code json-ld}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
