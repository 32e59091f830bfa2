package com.factline.timeline;

import com.factline.base.AuditLog;
import com.factline.base.CurrentUser;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.temporal.DateValue;
import java.sql.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EventService {

    private static final String SUMMARY = """
            select e.id, e.title, e.date_earliest, e.date_latest, e.date_precision, e.date_edtf, e.status, e.version,
                   (select count(*) from claim c where c.event_id = e.id) as claim_count
            from event e
            """;

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final AuditLog audit;

    EventService(JdbcClient jdbc, ProjectAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EventSummary> list(ProjectId project) {
        access.require(project);
        return jdbc.sql(SUMMARY + " where e.project_id = ? order by e.date_earliest nulls last, e.date_latest, e.id")
                .param(project.value()).query(EventService::map).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EventSummary get(ProjectId project, EventId id) {
        access.require(project);
        return jdbc.sql(SUMMARY + " where e.project_id = ? and e.id = ?").params(project.value(), id.value())
                .query(EventService::map).optional()
                .orElseThrow(() -> new NotFoundException("No event " + id + " in project " + project + "."));
    }

    /** True when the event exists in this project: claims may only point at their own project's events. */
    @Transactional(readOnly = true)
    public boolean exists(ProjectId project, EventId id) {
        return jdbc.sql("select exists (select 1 from event where id = ? and project_id = ?)")
                .params(id.value(), project.value()).query(Boolean.class).single();
    }

    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public EventSummary create(ProjectId project, EventData data) {
        access.require(project);
        String title = data.title() == null ? "" : data.title().strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new InvalidInputException("An event needs a title of 1–300 characters.");
        }
        String summary = data.summary() == null ? "" : data.summary().strip();
        String location = data.location() == null ? "" : data.location().strip();
        if (summary.length() > 20000 || location.length() > 300) {
            throw new InvalidInputException("The summary (20,000) or location (300 characters) is too long.");
        }
        DateValue d = data.date();
        long user = CurrentUser.require().userId();
        long id = jdbc.sql("""
                        insert into event (project_id, title, summary, location, date_earliest, date_latest, date_precision,
                                           date_edtf, date_mode, created_by, last_edited_by)
                        values (:p, :title, :summary, :location, :e, :l, :precision, :edtf, :mode, :user, :user)
                        returning id""")
                .param("p", project.value())
                .param("title", title)
                .param("summary", summary)
                .param("location", location)
                .param("e", d == null ? null : Date.valueOf(d.earliest()))
                .param("l", d == null ? null : Date.valueOf(d.latest()))
                .param("precision", d == null ? null : d.precisionName())
                .param("edtf", d == null ? null : d.edtf())
                .param("mode", "manual")
                .param("user", user)
                .query(Long.class).single();
        EventSummary created = get(project, new EventId(id));
        audit.record(project.value(), "event", id, "create", null, created);
        return created;
    }

    static @Nullable DateValue date(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date e = rs.getDate("date_earliest");
        if (e == null) {
            return null;
        }
        return new DateValue(e.toLocalDate(), rs.getDate("date_latest").toLocalDate(),
                DateValue.parsePrecision(rs.getString("date_precision")), rs.getString("date_edtf"));
    }

    private static EventSummary map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EventSummary(new EventId(rs.getLong("id")), rs.getString("title"), date(rs),
                EventStatus.fromDb(rs.getString("status")), rs.getInt("claim_count"), rs.getInt("version"));
    }
}
