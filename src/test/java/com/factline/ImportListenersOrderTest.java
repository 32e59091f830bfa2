package com.factline;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.source.SourceImported;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;

/**
 * The background runs an import asks for start in the order its after-commit listeners are called (two threads, the
 * rest queued in order): the proposals first (what the timeline shows a newcomer), then the suggestions, then the
 * source's sentence vectors, which both of the others compute anyway. Ordered as Spring orders the listeners and their
 * after-commit synchronizations.
 */
class ImportListenersOrderTest {

    @Test
    void anImportAsksForTheProposalsFirstThenTheSuggestionsAndTheSentenceVectorsLast() throws Exception {
        List<ApplicationListener<?>> listeners = new ArrayList<>();
        List<String> owners = List.of("com.factline.align.SentenceVectorStore", "com.factline.discrepancy.SuggestionRefresher",
                "com.factline.proposal.ProposalRefresher");
        for (String owner : owners) {
            Class<?> type = Class.forName(owner);
            listeners.add(new TransactionalApplicationListenerMethodAdapter(owner, type,
                    type.getDeclaredMethod("onSourceImported", SourceImported.class)));
        }
        AnnotationAwareOrderComparator.sort(listeners);
        assertThat(listeners).extracting(l -> ((TransactionalApplicationListenerMethodAdapter) l).getListenerId())
                .extracting(id -> id.substring(0, id.indexOf(".onSourceImported")))
                .containsExactly("com.factline.proposal.ProposalRefresher", "com.factline.discrepancy.SuggestionRefresher",
                        "com.factline.align.SentenceVectorStore");
    }
}
