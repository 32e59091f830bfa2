package com.factline.claim;

import com.factline.project.ProjectId;
import com.factline.source.Source;
import com.factline.source.SourceId;
import com.factline.source.SourceService;
import com.factline.temporal.TemporalExpression;
import com.factline.temporal.TemporalResolver;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The temporal expressions the software suggests in a source, resolved against its publication date. */
@Service
public class SuggestionService {

    private final SourceService sources;
    private final TemporalResolver resolver = new TemporalResolver();

    SuggestionService(SourceService sources) {
        this.sources = sources;
    }

    @PreAuthorize("isAuthenticated()")
    public List<TemporalExpression> suggestions(ProjectId project, SourceId sourceId) {
        Source source = sources.get(project, sourceId);
        // Fast enough (well over 1 MB/s) to compute on every request; nothing to keep in sync.
        return suggestions(source);
    }

    /** None for a source in a language the resolver does not read: English rules would give wrong dates. */
    public List<TemporalExpression> suggestions(Source source) {
        if (!SourceService.resolverSupports(source.language())) {
            return List.of();
        }
        return resolver.resolve(source.text(), source.publishedOn());
    }
}
