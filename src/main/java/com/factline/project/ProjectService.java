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
    // signed in and a reader: access.require below (the same check as isAuthenticated(), without SpEL per call, #18)
    public ProjectSummary get(ProjectId id) {
        access.require(id, ProjectPermission.READ);
        return jdbc.sql(SUMMARY + " where p.id = ?").param(id.value()).query(ProjectService::map).optional()
                .orElseThrow(() -> new NotFoundException("No project " + id));
    }

    @Transactional(readOnly = true)
    public Optional<ProjectId> findByName(String name) {
        return jdbc.sql("select id from project where lower(name) = lower(?)").param(name.strip())
                .query(Long.class).optional().map(ProjectId::new);
    }

    /** Any editor may open a project for a new story; the creator becomes its first member and owner. */
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
        jdbc.sql("insert into project_member (project_id, user_id, role) values (?, ?, 'owner')").params(id, user.userId()).update();
        ProjectSummary created = jdbc.sql(SUMMARY + " where p.id = ?").param(id).query(ProjectService::map).single();
        audit.record(id, "project", id, "create", null, created);
        return created;
    }

    /** Who is in the project, owners first; every member may see this. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ProjectMember> members(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql("""
                        select u.username, u.display_name, m.role, m.added_at
                        from project_member m join app_user u on u.id = m.user_id
                        where m.project_id = ?
                        order by array_position(array['owner', 'reviewer', 'editor', 'viewer'], m.role), u.username""")
                .param(project.value()).query(ProjectService::mapMember).list();
    }

    /**
     * Makes a user a member with {@code role}, or changes the role of a member (owners and admins).
     * The last owner cannot step down: someone must be left to manage the project.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ProjectMember setMember(ProjectId project, String username, ProjectRole role) {
        access.require(project, ProjectPermission.MANAGE);
        lockMembers(project);
        long userId = userId(username);
        Optional<ProjectMember> before = member(project, userId);
        if (before.isPresent() && before.get().role() == role) {
            return before.get();
        }
        if (before.isPresent() && before.get().role() == ProjectRole.OWNER && ownerCount(project) == 1) {
            throw new ConflictException("last_owner", "\u201c" + before.get().username() + "\u201d is the project\u2019s last owner;"
                    + " make someone else an owner first.", before.get());
        }
        jdbc.sql("""
                        insert into project_member (project_id, user_id, role) values (?, ?, ?)
                        on conflict (project_id, user_id) do update set role = excluded.role""")
                .params(project.value(), userId, role.dbName()).update();
        access.membershipChanged();
        ProjectMember after = member(project, userId).orElseThrow();
        audit.record(project.value(), "project_member", userId, before.isPresent() ? "update" : "add", before.orElse(null), after);
        return after;
    }

    /** Takes a user out of the project (owners and admins); the last owner stays. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeMember(ProjectId project, String username) {
        access.require(project, ProjectPermission.MANAGE);
        lockMembers(project);
        long userId = userId(username);
        ProjectMember before = member(project, userId)
                .orElseThrow(() -> new NotFoundException("\u201c" + username.strip() + "\u201d is not a member of this project."));
        if (before.role() == ProjectRole.OWNER && ownerCount(project) == 1) {
            throw new ConflictException("last_owner", "\u201c" + before.username() + "\u201d is the project\u2019s last owner;"
                    + " make someone else an owner first.", before);
        }
        jdbc.sql("delete from project_member where project_id = ? and user_id = ?").params(project.value(), userId).update();
        access.membershipChanged();
        audit.record(project.value(), "project_member", userId, "remove", before, null);
    }

    /**
     * For start-up seeding (demo mode), which acts as the demo admin: makes sure a user is a
     * member, leaving the role of an existing member alone.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void addMemberIfMissing(ProjectId project, String username, ProjectRole role) {
        if (member(project, userId(username)).isEmpty()) {
            setMember(project, username, role);
        }
    }

    /** The signed-in user's role in each project they see (for an admin, every project). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MyProjectRole> myRoles() {
        var user = CurrentUser.require();
        String visible = user.role() == Role.ADMIN ? "" : " where m.role is not null";
        return jdbc.sql("""
                        select p.id, p.name, m.role from project p
                        left join project_member m on m.project_id = p.id and m.user_id = ?""" + visible + " order by lower(p.name)")
                .param(user.userId())
                .query((rs, n) -> new MyProjectRole(new ProjectId(rs.getLong("id")), rs.getString("name"),
                        rs.getString("role") == null ? null : ProjectRole.fromDb(rs.getString("role"))))
                .list();
    }

    private void lockMembers(ProjectId project) {
        // Two owners stepping down at once must not leave the project without one.
        jdbc.sql("select id from project where id = ? for update").param(project.value()).query(Long.class).single();
    }

    private long userId(String username) {
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql("select id from app_user where username = ?").param(name).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("No user \u201c" + name + "\u201d."));
    }

    private Optional<ProjectMember> member(ProjectId project, long userId) {
        return jdbc.sql("""
                        select u.username, u.display_name, m.role, m.added_at
                        from project_member m join app_user u on u.id = m.user_id
                        where m.project_id = ? and m.user_id = ?""")
                .params(project.value(), userId).query(ProjectService::mapMember).optional();
    }

    private int ownerCount(ProjectId project) {
        return jdbc.sql("select count(*) from project_member where project_id = ? and role = 'owner'")
                .param(project.value()).query(Integer.class).single();
    }

    private static ProjectMember mapMember(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ProjectMember(rs.getString("username"), rs.getString("display_name"), ProjectRole.fromDb(rs.getString("role")),
                rs.getTimestamp("added_at").toInstant());
    }

    private static ProjectSummary map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ProjectSummary(new ProjectId(rs.getLong("id")), rs.getString("name"), rs.getString("description"),
                rs.getInt("source_count"), rs.getInt("event_count"), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }
}
