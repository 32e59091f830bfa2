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
    /** About 100 bytes a suggestion: at most some 20 MB, the suggestions of a few thousand articles. */
    private final SuggestionCache recent = new SuggestionCache(200_000);

    SuggestionService(SourceService sources) {
        this.sources = sources;
    }

    @PreAuthorize("isAuthenticated()")
    public List<TemporalExpression> suggestions(ProjectId project, SourceId sourceId) {
        Source source = sources.get(project, sourceId);
        return suggestions(source);
    }

    /** None for a source in a language the resolver does not read: English rules would give wrong dates. */
    public List<TemporalExpression> suggestions(Source source) {
        if (!SourceService.resolverSupports(source.language())) {
            return List.of();
        }
        // Fast (over 1 MB/s), yet the reader and the API ask again on every open: the last results are kept.
        return recent.get(new SuggestionCache.Key(source.sha256(), source.publishedOn(), source.language()),
                () -> resolver.resolve(source.text(), source.publishedOn()));
    }
}
