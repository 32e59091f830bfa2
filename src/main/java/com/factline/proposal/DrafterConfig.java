package com.factline.proposal;

import com.factline.align.MiniLmEmbedder;
import com.factline.proposal.draft.TimelineDrafter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The drafter the app runs: the pure {@link TimelineDrafter} over the shared in-process sentence embedder, behind a
 * cache so a recompute after one import embeds only what is new, and the sentence vectors stored at import (for the
 * shared sentence alignment). The model loads on the first draft, not at start.
 */
@Configuration
class DrafterConfig {

    @Bean
    Drafter drafter() {
        CachingEmbedder embedder = new CachingEmbedder(new LazyEmbedder());
        return (sources, sentences) -> new TimelineDrafter(embedder, sentences).draft(sources);
    }

    /** Loads the model on first use: starting the app (and every test context) does not pay for it. */
    private static final class LazyEmbedder implements com.factline.align.SentenceEmbedder {
        @Override
        public float[] embed(String text) {
            return MiniLmEmbedder.shared().embed(text);
        }

        @Override
        public int dimensions() {
            return 384;
        }
    }
}
