package com.factline.collab;

import com.factline.base.AuditLog;
import com.factline.base.ConflictException;
import com.factline.base.CurrentUser;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.base.Role;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads on events, claims and discrepancies. Anyone in the project may read and
 * comment; only the author edits a comment, the author or an admin deletes it. Every change is
 * audit-logged, which also tells the open views about it.
 *
 * <p>Targets are checked with SQL against their tables (this module must not depend on the
 * modules that own them). A comment goes when its target goes: a database trigger (V3) deletes
 * it in the same transaction.
 */
@Service
public class CommentService {

    public static final int MAX_LENGTH = 10_000;

    private static final String SELECT = """
            select c.id, c.target_type, c.target_id, c.body, u.username, u.display_name, c.created_at, c.edited_at, c.version
            from comment c left join app_user u on u.id = c.author_id
            """;

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final AuditLog audit;

    CommentService(JdbcClient jdbc, ProjectAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The thread on one target, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Comment> list(ProjectId project, CommentTarget type, long targetId) {
        access.require(project, ProjectPermission.READ);
        requireTarget(project, type, targetId, false);
        return jdbc.sql(SELECT + " where c.project_id = ? and c.target_type = ? and c.target_id = ? order by c.created_at, c.id")
                .params(project.value(), type.dbName(), targetId).query(CommentService::map).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Comment get(ProjectId project, CommentId id) {
        access.require(project, ProjectPermission.READ);
        return find(project, id).orElseThrow(() -> new NotFoundException("No comment " + id + " in project " + project.value() + "."));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Comment add(ProjectId project, CommentTarget type, long targetId, @Nullable String body) {
        access.require(project, ProjectPermission.COMMENT);
        String text = body(body);
        // Locks the target against a concurrent delete, so no comment outlives it.
        requireTarget(project, type, targetId, true);
        long id = jdbc.sql("""
                        insert into comment (project_id, target_type, target_id, body, author_id)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(project.value(), type.dbName(), targetId, text, CurrentUser.require().userId())
                .query(Long.class).single();
        Comment created = find(project, new CommentId(id)).orElseThrow();
        audit.record(project.value(), "comment", id, "create", null, created);
        return created;
    }

    /** Changes the text of one's own comment; {@code version} is the one the author edited. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Comment edit(ProjectId project, CommentId id, @Nullable String body, int version) {
        access.require(project, ProjectPermission.COMMENT);
        Comment before = get(project, id);
        var me = CurrentUser.require();
        if (!me.username().equals(before.author())) {
            throw new NotYourCommentException("Only its author can edit a comment.");
        }
        String text = body(body);
        if (before.version() != version) {
            throw stale(before);
        }
        int n = jdbc.sql("update comment set body = ?, edited_at = now(), version = version + 1 where id = ? and project_id = ? and version = ?")
                .params(text, id.value(), project.value(), version).update();
        if (n == 0) {
            throw stale(get(project, id));
        }
        Comment after = find(project, id).orElseThrow();
        audit.record(project.value(), "comment", id.value(), "update", before, after);
        return after;
    }

    /** Deletes one's own comment; an admin may delete anyone's. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void delete(ProjectId project, CommentId id) {
        access.require(project, ProjectPermission.COMMENT);
        Comment before = get(project, id);
        var me = CurrentUser.require();
        if (!me.username().equals(before.author()) && me.role() != Role.ADMIN) {
            throw new NotYourCommentException("Only its author or an admin can delete a comment.");
        }
        int n = jdbc.sql("delete from comment where id = ? and project_id = ?").params(id.value(), project.value()).update();
        if (n == 0) {
            throw new NotFoundException("Comment " + id + " was deleted already.");
        }
        audit.record(project.value(), "comment", id.value(), "delete", before, null);
    }

    /**
     * Moves the whole thread of one target to another of the same type (an event merged into
     * another keeps its discussion). Called by the target's owner inside its transaction, before
     * the old target is deleted (its delete trigger would take the thread with it).
     */
    @Transactional
    public int moveThread(ProjectId project, CommentTarget type, long fromId, long toId) {
        access.require(project, ProjectPermission.EDIT);
        return jdbc.sql("update comment set target_id = ? where project_id = ? and target_type = ? and target_id = ?")
                .params(toId, project.value(), type.dbName(), fromId).update();
    }

    private void requireTarget(ProjectId project, CommentTarget type, long targetId, boolean lock) {
        // type.table() is one of three fixed names, never user input.
        boolean found = jdbc.sql("select id from " + type.table() + " where id = ? and project_id = ?" + (lock ? " for key share" : ""))
                .params(targetId, project.value()).query(Long.class).optional().isPresent();
        if (!found) {
            throw new NotFoundException("No " + type.dbName() + " " + targetId + " in project " + project.value() + ".");
        }
    }

    private Optional<Comment> find(ProjectId project, CommentId id) {
        return jdbc.sql(SELECT + " where c.id = ? and c.project_id = ?").params(id.value(), project.value())
                .query(CommentService::map).optional();
    }

    static String body(@Nullable String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("A comment needs some text.");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidInputException("A comment has at most " + MAX_LENGTH + " characters.");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidInputException("A comment cannot contain NUL characters.");
        }
        return text;
    }

    private static ConflictException stale(Comment current) {
        return new ConflictException("The comment was changed since you opened it (now version " + current.version() + ").", current);
    }

    private static Comment map(ResultSet rs, int n) throws SQLException {
        String username = rs.getString(5);
        String name = rs.getString(6);
        Timestamp edited = rs.getTimestamp(8);
        return new Comment(new CommentId(rs.getLong(1)), CommentTarget.parse(rs.getString(2)), rs.getLong(3), rs.getString(4),
                username, name == null ? "Former user" : name, rs.getTimestamp(7).toInstant(), edited == null ? null : edited.toInstant(),
                rs.getInt(9));
    }
}
