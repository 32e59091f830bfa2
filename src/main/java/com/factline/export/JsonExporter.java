package com.factline.export;

import com.factline.temporal.DateValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Factline's own format, described by {@code export/factline-export.schema.json}. Optional
 * values are written as null rather than left out, so consumers see every field.
 */
@Component
class JsonExporter implements Exporter {

    static final int FORMAT_VERSION = 1;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String label() {
        return "Factline JSON";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public byte[] export(ExportData data) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "factline-export");
        root.put("formatVersion", FORMAT_VERSION);
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("id", data.project().id());
        project.put("name", data.project().name());
        project.put("description", data.project().description());
        project.put("slug", data.project().slug());
        root.put("project", project);
        root.put("generatedAt", data.generatedAt().toString());
        root.put("scope", data.scope().id());
        root.put("events", data.events().stream().map(JsonExporter::event).toList());
        root.put("discrepancies", data.discrepancies().stream().map(JsonExporter::discrepancy).toList());
        return JSON.writeValueAsBytes(root);
    }

    private static Map<String, Object> event(ExportData.Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("summary", e.summary());
        m.put("location", e.location());
        m.put("date", date(e.date()));
        m.put("status", e.status());
        m.put("verifiedBy", e.verifiedBy());
        m.put("verifiedAt", ExportFormat.iso(e.verifiedAt()));
        m.put("claims", e.claims().stream().map(JsonExporter::claim).toList());
        return m;
    }

    private static Map<String, Object> claim(ExportData.Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("quote", c.quote());
        m.put("statement", c.statement());
        m.put("prefix", c.prefix());
        m.put("suffix", c.suffix());
        m.put("date", date(c.date()));
        ExportData.Citation s = c.citation();
        Map<String, Object> src = new LinkedHashMap<>();
        src.put("id", s.sourceId());
        src.put("outlet", s.outlet());
        src.put("title", s.title());
        src.put("url", s.url());
        src.put("publishedOn", ExportFormat.iso(s.publishedOn()));
        src.put("sha256", s.sha256());
        src.put("start", s.start());
        src.put("end", s.end());
        m.put("source", src);
        return m;
    }

    private static Map<String, Object> discrepancy(ExportData.ResolvedDiscrepancy d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("kind", d.kind());
        m.put("verdict", d.verdict());
        m.put("correctValue", d.correctValue());
        m.put("reason", d.reason());
        m.put("note", d.note());
        m.put("evidence", d.evidence());
        m.put("resolvedBy", d.resolvedBy());
        m.put("resolvedAt", ExportFormat.iso(d.resolvedAt()));
        m.put("eventId", d.eventId());
        m.put("claimIds", d.claimIds());
        return m;
    }

    private static @Nullable Map<String, Object> date(@Nullable DateValue d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("earliest", d.earliest().toString());
        m.put("latest", d.latest().toString());
        m.put("precision", d.precisionName());
        m.put("edtf", d.edtf());
        m.put("display", d.display());
        return m;
    }

    static List<String> topLevelFields() {
        return List.of("format", "formatVersion", "project", "generatedAt", "scope", "events", "discrepancies");
    }
}
