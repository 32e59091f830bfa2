package com.factline.export;

/**
 * One export format. A new format is one new {@code @Component} implementing this; the
 * {@link ExporterRegistry} finds it, and the API and the view offer it.
 */
public interface Exporter {

    /** Stable id used in the API ({@code ?format=}), lower case. */
    String id();

    /** What the view shows. */
    String label();

    /** Content-Type, with charset for text formats. */
    String mediaType();

    /** File extension without the dot. */
    String extension();

    byte[] export(ExportData data);
}
