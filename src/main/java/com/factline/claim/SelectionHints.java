package com.factline.claim;

import com.factline.project.ProjectId;
import com.factline.source.Source;
import java.util.Optional;

/**
 * An extension point of the reader: features that build on claims (proposals) contribute a bean of this type, so
 * the claim module does not depend on them.
 */
public interface SelectionHints {

    /** The hint for the span [start, end) of the source (code points), or empty. */
    Optional<SelectionHint> hint(ProjectId project, Source source, int start, int end);
}
