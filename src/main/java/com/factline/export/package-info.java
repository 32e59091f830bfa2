/**
 * Exports of a project's timeline: one {@link com.factline.export.Exporter} bean per format,
 * collected by the {@link com.factline.export.ExporterRegistry}; {@link com.factline.export.ExportService}
 * gathers the data once per request. Depends on the feature modules, never the other way round.
 */
@NullMarked
package com.factline.export;

import org.jspecify.annotations.NullMarked;
