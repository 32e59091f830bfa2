package com.factline.project;

import com.factline.base.AuditLog;
import com.factline.base.ConflictException;
import com.factline.base.CurrentUser;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.base.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectService {

    private static final String SUMMARY = """
            select p.id, p.name, p.description, p.created_at, p.version,
                   (select count(*) from source s where s.project_id = p.id) as source_count,
                   (select count(*) from event e where e.project_id = p.id) as event_count
            from project p
            """;

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final AuditLog audit;

    ProjectService(JdbcClient jdbc, ProjectAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The projects the signed-in user belongs to; all of them for an admin. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ProjectSummary> listVisible() {
        var user = CurrentUser.require();
        if (user.role() == Role.ADMIN) {
            return jdbc.sql(SUMMARY + " order by lower(p.name)").query(ProjectService::map).list();
        }
        return jdbc.sql(SUMMARY + " where exists (select 1 from project_member m where m.project_id = p.id and m.user_id = ?) order by lower(p.name)")
                .param(user.userId()).query(ProjectService::map).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ProjectSummary get(ProjectId id) {
        access.require(id);
        return jdbc.sql(SUMMARY + " where p.id = ?").param(id.value()).query(ProjectService::map).optional()
                .orElseThrow(() -> new NotFoundException("No project " + id));
    }

    @Transactional(readOnly = true)
    public Optional<ProjectId> findByName(String name) {
        return jdbc.sql("select id from project where lower(name) = lower(?)").param(name.strip())
                .query(Long.class).optional().map(ProjectId::new);
    }

    /** Any editor may open a project for a new story; the creator becomes its first member. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ProjectSummary create(ProjectData data) {
        String name = data.name() == null ? "" : data.name().strip();
        String description = data.description() == null ? "" : data.description().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("A project needs a name.");
        }
        if (name.length() > 200) {
            throw new InvalidInputException("A project name has at most 200 characters.");
        }
        if (description.length() > 5000) {
            throw new InvalidInputException("A project description has at most 5000 characters.");
        }
        if (findByName(name).isPresent()) {
            throw new ConflictException("duplicate", "A project named \u201c" + name + "\u201d exists already.", null);
        }
        var user = CurrentUser.require();
        long id = jdbc.sql("insert into project (name, description, created_by) values (?, ?, ?) returning id")
                .params(name, description, user.userId()).query(Long.class).single();
        jdbc.sql("insert into project_member (project_id, user_id) values (?, ?)").params(id, user.userId()).update();
        ProjectSummary created = jdbc.sql(SUMMARY + " where p.id = ?").param(id).query(ProjectService::map).single();
        audit.record(id, "project", id, "create", null, created);
        return created;
    }

    /** Adds a user to a project; members and admins may do this. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void addMember(ProjectId project, long userId) {
        access.require(project);
        int n = jdbc.sql("insert into project_member (project_id, user_id) select ?, id from app_user where id = ? on conflict do nothing")
                .params(project.value(), userId).update();
        if (n > 0) {
            audit.record(project.value(), "project_member", userId, "add", null, null);
        }
    }

    private static ProjectSummary map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ProjectSummary(new ProjectId(rs.getLong("id")), rs.getString("name"), rs.getString("description"),
                rs.getInt("source_count"), rs.getInt("event_count"), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }
}
