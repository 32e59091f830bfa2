package com.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.temporal.TemporalExpression;
import com.factline.temporal.TemporalResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SuggestionCacheTest {

    static final String TEXT = "Xi arrived in Moscow on Monday. On 17 March the court issued a warrant.";
    static final TemporalResolver RESOLVER = new TemporalResolver();

    final AtomicInteger runs = new AtomicInteger();

    Supplier<List<TemporalExpression>> resolving(String text, LocalDate published) {
        return () -> {
            runs.incrementAndGet();
            return RESOLVER.resolve(text, published);
        };
    }

    @Test
    void theSameTextAndDateAreResolvedOnce() {
        SuggestionCache cache = new SuggestionCache(1000);
        LocalDate published = LocalDate.of(2023, 3, 21);
        var key = new SuggestionCache.Key("sha-a", published, "en");
        List<TemporalExpression> first = cache.get(key, resolving(TEXT, published));
        List<TemporalExpression> again = cache.get(key, resolving(TEXT, published));
        assertThat(first).isNotEmpty();
        assertThat(again).isEqualTo(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    void anotherPublicationDateIsResolvedAgainAndDatesTheWeekdayAnew() {
        SuggestionCache cache = new SuggestionCache(1000);
        LocalDate before = LocalDate.of(2023, 3, 21);
        LocalDate after = LocalDate.of(2023, 3, 28);
        List<TemporalExpression> one = cache.get(new SuggestionCache.Key("sha-a", before, "en"), resolving(TEXT, before));
        List<TemporalExpression> two = cache.get(new SuggestionCache.Key("sha-a", after, "en"), resolving(TEXT, after));
        assertThat(runs).hasValue(2);
        assertThat(two).isNotEqualTo(one);
    }

    @Test
    void theLeastRecentlyReadGoesFirstWhenTheBudgetIsFull() {
        LocalDate published = LocalDate.of(2023, 3, 21);
        int each = RESOLVER.resolve(TEXT, published).size();
        SuggestionCache cache = new SuggestionCache(2 * each);
        var a = new SuggestionCache.Key("sha-a", published, "en");
        var b = new SuggestionCache.Key("sha-b", published, "en");
        var c = new SuggestionCache.Key("sha-c", published, "en");
        cache.get(a, resolving(TEXT, published));
        cache.get(b, resolving(TEXT, published));
        cache.get(a, resolving(TEXT, published)); // a is now the more recent
        cache.get(c, resolving(TEXT, published)); // over budget: b goes
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.held()).isLessThanOrEqualTo(2 * each);
        runs.set(0);
        cache.get(a, resolving(TEXT, published));
        assertThat(runs).as("a kept").hasValue(0);
        cache.get(b, resolving(TEXT, published));
        assertThat(runs).as("b evicted, resolved again").hasValue(1);
    }

    @Test
    void aResultLargerThanTheWholeBudgetIsReturnedButNotKept() {
        LocalDate published = LocalDate.of(2023, 3, 21);
        SuggestionCache cache = new SuggestionCache(1);
        List<TemporalExpression> result = cache.get(new SuggestionCache.Key("sha-a", published, "en"), resolving(TEXT, published));
        assertThat(result.size()).isGreaterThan(1);
        assertThat(cache.size()).isZero();
        assertThat(cache.held()).isZero();
    }
}
