package com.factline.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims of the exported events as W3C Web Annotations (JSON-LD): one AnnotationCollection
 * with a single embedded page. The body is the claim's statement; the target is the source
 * (its URL, or {@code urn:sha256:} of its text when it has none) with a quote and a position
 * selector. Positions count code points, as the W3C model requires and as Factline stores them.
 */
@Component
class AnnotationsExporter implements Exporter {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String id() {
        return "annotations";
    }

    @Override
    public String label() {
        return "W3C Web Annotations (JSON-LD)";
    }

    @Override
    public String mediaType() {
        return "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    }

    @Override
    public String extension() {
        return "jsonld";
    }

    @Override
    public byte[] export(ExportData data) {
        String base = "urn:factline:project:" + data.project().id();
        List<Map<String, Object>> items = new ArrayList<>();
        for (ExportData.Event e : data.events()) {
            for (ExportData.Claim c : e.claims()) {
                items.add(annotation(base, e, c));
            }
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", base + ":annotations:page1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.put("items", items);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", CONTEXT);
        root.put("id", base + ":annotations");
        root.put("type", "AnnotationCollection");
        root.put("label", data.project().name() + " \u2014 claims");
        root.put("generated", data.generatedAt().toString());
        root.put("total", items.size());
        root.put("first", page);
        return JSON.writeValueAsBytes(root);
    }

    private static Map<String, Object> annotation(String base, ExportData.Event e, ExportData.Claim c) {
        ExportData.Citation s = c.citation();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", base + ":claim:" + c.id());
        a.put("type", "Annotation");
        a.put("motivation", "describing");
        if (!c.statement().isBlank()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "TextualBody");
            body.put("value", c.statement());
            body.put("format", "text/plain");
            body.put("purpose", "describing");
            a.put("body", body);
        }
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", c.quote());
        quote.put("prefix", c.prefix());
        quote.put("suffix", c.suffix());
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", s.start());
        position.put("end", s.end());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", ExportFormat.isWebUrl(s.url()) ? s.url().strip() : "urn:sha256:" + s.sha256());
        target.put("selector", List.of(quote, position));
        a.put("target", target);
        return a;
    }
}
