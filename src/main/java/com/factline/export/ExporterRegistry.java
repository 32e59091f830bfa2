package com.factline.export;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** All {@link Exporter} beans by id, in a fixed order. */
@Component
public class ExporterRegistry {

    private static final List<String> PREFERRED = List.of("json", "timelinejs", "csv", "markdown", "html", "annotations");

    private final Map<String, Exporter> byId = new LinkedHashMap<>();

    public ExporterRegistry(List<Exporter> exporters) {
        exporters.stream()
                .sorted(Comparator.comparingInt((Exporter e) -> PREFERRED.contains(e.id()) ? PREFERRED.indexOf(e.id()) : PREFERRED.size())
                        .thenComparing(Exporter::id))
                .forEach(e -> {
                    if (byId.putIfAbsent(e.id(), e) != null) {
                        throw new IllegalStateException("Two exporters claim the format id " + e.id());
                    }
                });
    }

    public List<Exporter> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<Exporter> find(String id) {
        return Optional.ofNullable(byId.get(id.strip().toLowerCase(java.util.Locale.ROOT)));
    }
}
