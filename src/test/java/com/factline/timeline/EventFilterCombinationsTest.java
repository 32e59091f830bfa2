package com.factline.timeline;

import static com.factline.TestData.json;
import static com.factline.TestData.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.factline.IntegrationTest;
import com.factline.project.ProjectId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every combination of the timeline's filters reads its bands, axis, events and band pages without an error
 * ("open discrepancies" used to produce {@code :pand exists} in the SQL and failed every time), and the open-discrepancy
 * filter keeps exactly the disputed event.
 */
class EventFilterCombinationsTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String A = "Xi Jinping arrived in Moscow on Monday for a three-day visit.";
    static final String B = "Xi Jinping arrived in Moscow on Monday for a two-day visit.";

    @Autowired
    EventService events;

    long source(long project, String outlet, String text) {
        var res = postJson("/api/v1/projects/" + project + "/sources", "alice", JSON.writeValueAsString(java.util.Map.of(
                "title", outlet, "outlet", outlet, "publishedOn", "2023-03-20", "text", text)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    long claim(long project, long source, String text, String quote) {
        int start = text.indexOf(quote);
        var res = postJson("/api/v1/projects/" + project + "/claims", "alice", json("sourceId", source, "start", start,
                "end", start + quote.length(), "quote", quote, "date", object("earliest", "2023-03-20", "latest", "2023-03-20")));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    long event(long project, String title, long... claims) {
        var res = postJson("/api/v1/projects/" + project + "/events", "alice", json("title", title, "claimIds", claims));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    @Test
    @WithUserDetails("alice")
    void shouldReadTheTimelineUnderEveryCombinationOfFilters() {
        long project = JSON.readTree(postJson("/api/v1/projects", "alice", json("name", "Filters " + UUID.randomUUID())).body())
                .get("id").asLong();
        long a = source(project, "Reuters", A);
        long b = source(project, "Associated Press", B);
        long c1 = claim(project, a, A, "a three-day visit");
        long c2 = claim(project, b, B, "a two-day visit");
        long c3 = claim(project, b, B, "Xi Jinping arrived in Moscow");
        long disputed = event(project, "Xi's visit in Moscow", c1);
        long calm = event(project, "Xi arrives", c3);
        var marked = postJson("/api/v1/projects/" + project + "/discrepancies", "alice",
                json("kind", "number", "note", "3 or 2 days?", "claimIds", List.of(c1, c2)));
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);

        ProjectId p = new ProjectId(project);
        int combinations = 0;
        for (int mask = 0; mask < 64; mask++) {
            EventFilter f = new EventFilter(
                    (mask & 1) != 0 ? "Moscow" : null,
                    (mask & 2) != 0 ? "Reuters" : null,
                    (mask & 4) != 0 ? Set.of(EventStatus.DRAFT, EventStatus.VERIFIED) : null,
                    (mask & 8) != 0 ? LocalDate.of(2023, 3, 1) : null,
                    (mask & 16) != 0 ? LocalDate.of(2023, 3, 31) : null,
                    (mask & 32) != 0);
            assertThatCode(() -> {
                events.timeline(p, f);
                events.axis(p, f, 800);
                for (TimelineBand band : events.bands(p, f)) {
                    events.timeline(p, f, band, 0, 50);
                }
            }).as("filter %s", f).doesNotThrowAnyException();
            combinations++;
        }
        assertThat(combinations).isEqualTo(64);

        EventFilter open = new EventFilter(null, null, null, null, null, true);
        List<Long> ids = new ArrayList<>();
        events.timeline(p, open).forEach(e -> ids.add(e.id().value()));
        assertThat(ids).containsExactly(disputed);
        List<Long> paged = new ArrayList<>();
        for (TimelineBand band : events.bands(p, open)) {
            events.timeline(p, open, band, 0, 50).forEach(e -> paged.add(e.id().value()));
        }
        assertThat(paged).containsExactly(disputed).doesNotContain(calm);
        assertThat(get("/api/v1/projects/" + project + "/events?openDiscrepancies=true", "alice").body())
                .contains("\"id\":" + disputed).doesNotContain("\"id\":" + calm + ",");
    }
}
