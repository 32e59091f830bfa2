package com.factline;

import com.factline.claim.Claim;
import com.factline.claim.ClaimData;
import com.factline.claim.ClaimService;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.source.Source;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.factline.timeline.EventData;
import com.factline.timeline.EventId;
import com.factline.timeline.EventService;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Shared test-data builders over the services (as the signed-in test user): a fresh project, a
 * source in it, claims on spans of its text, events. Tests state only what matters to them.
 */
@Component
public class TestData {

    private final ProjectService projects;
    private final SourceService sources;
    private final ClaimService claims;
    private final EventService events;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /**
     * An API request body from key/value pairs, in that order ({@code json("title", "Visit",
     * "claimIds", List.of(1, 2))}); values may be strings, numbers, lists and maps (or nested
     * {@code json} objects as maps via {@link #object}). Jackson writes it, so quotes and other
     * special characters in a value are escaped, which string concatenation would not do.
     */
    public static String json(Object... keysAndValues) {
        return JSON.writeValueAsString(object(keysAndValues));
    }

    /** Key/value pairs as an ordered map, for a nested object in {@link #json}. */
    public static java.util.Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("json(...) takes key/value pairs");
        }
        var m = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    TestData(ProjectService projects, SourceService sources, ClaimService claims, EventService events,
             org.springframework.jdbc.core.simple.JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.projects = projects;
        this.sources = sources;
        this.claims = claims;
        this.events = events;
    }

    /**
     * Gives {@code username} the role ("viewer", "editor", "reviewer", "owner") in a project they
     * are a member of, straight in the table: the owner would do it through the members screen.
     */
    public void role(ProjectId project, String username, String role) {
        int rows = jdbc.sql("update project_member set role = ? where project_id = ?"
                        + " and user_id = (select id from app_user where username = ?)")
                .params(role, project.value(), username).update();
        if (rows != 1) {
            throw new IllegalStateException(username + " is not a member of project " + project.value());
        }
        publisher.publishEvent(new com.factline.base.AccessChanged()); // the remembered roles forget, as after setMember
    }

    public ProjectId project(String name) {
        return projects.create(new ProjectData(name + " " + UUID.randomUUID(), "")).id();
    }

    public Source source(ProjectId project, String outlet, String text) {
        return sources.importText(project, new SourceData(outlet, outlet, LocalDate.of(2023, 3, 21), null, null, null, text));
    }

    public EventId event(ProjectId project, String title) {
        return events.create(project, new EventData(title, null, null, null)).id();
    }

    /** A claim quoting the first occurrence of {@code quote} in the source, on {@code event} (or none). */
    public Claim claim(ProjectId project, Source source, String quote, EventId event) {
        int start = source.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("\u201c" + quote + "\u201d is not in the source.");
        }
        int from = source.text().codePointCount(0, start);
        int to = from + quote.codePointCount(0, quote.length());
        return claims.create(project, new ClaimData(source.id(), from, to, quote, quote, null, event, null));
    }
}
