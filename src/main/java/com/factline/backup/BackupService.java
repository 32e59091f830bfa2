package com.factline.backup;

import com.factline.base.AuditLog;
import com.factline.base.CurrentUser;
import com.factline.base.InvalidInputException;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import com.factline.project.ProjectPermission;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a whole project to one JSON file and recreates a project from such a file, with new
 * ids and every link between its rows kept. A restore is one transaction: a file that is
 * malformed, of another format or inconsistent in any way is refused whole, with a message
 * that says what is wrong and where.
 */
@Service
public class BackupService {

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Schema schema;
    private final Clock clock = Clock.systemUTC();

    BackupService(JdbcClient jdbc, ProjectAccess access, AuditLog audit, JsonMapper json, Schema schema) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.schema = schema;
    }

    /** Every row of the project, read in one snapshot so the file is consistent even while others edit. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @PreAuthorize("isAuthenticated()")
    public BackupFile backup(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        Map<Long, String> usernames = new HashMap<>();
        jdbc.sql("select id, username from app_user").query((rs, n) -> usernames.put(rs.getLong(1), rs.getString(2))).list();
        ObjectNode root = json.createObjectNode();
        root.put("format", BackupFormat.FORMAT);
        root.put("version", BackupFormat.VERSION);
        root.put("createdAt", clock.instant().toString());
        root.put("createdBy", CurrentUser.require().username());
        String name = "project";
        for (BackupFormat.Part part : BackupFormat.PARTS) {
            Schema.Table table = schema.table(part.table());
            ArrayNode rows = json.createArrayNode();
            jdbc.sql("select row_to_json(t)::text from \"" + part.table() + "\" t " + part.where())
                    .param("p", project.value())
                    .query((rs, n) -> rows.add(withUsernames(table, (ObjectNode) json.readTree(rs.getString(1)), usernames)))
                    .list();
            if (part == BackupFormat.PROJECT) {
                root.set(part.key(), rows.get(0));
                name = rows.get(0).path("name").asString("project");
            } else {
                root.set(part.key(), rows);
            }
        }
        return new BackupFile("factline-backup-" + slug(name) + "-" + LocalDate.now(clock) + ".json", json.writeValueAsBytes(root));
    }

    /**
     * Recreates the project of a backup file in this instance, under its own name or, when that
     * is taken, "name (restored date)". Only admins: a restore creates a project with the history
     * and members of another instance.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RestoreResult restore(byte[] file) {
        ObjectNode root = read(file);
        Restore restore = new Restore(jdbc, json, schema, root, LocalDate.now(clock));
        RestoreResult result = restore.run();
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("restoredFrom", root.path("project").path("name").asString(""));
        after.put("backupCreatedAt", root.path("createdAt").asString(""));
        after.put("backupCreatedBy", root.path("createdBy").asString(""));
        after.put("counts", result.counts());
        after.put("warnings", result.warnings());
        audit.record(result.projectId().value(), "project", result.projectId().value(), "restore", null, after);
        return result;
    }

    private ObjectNode read(byte[] file) {
        if (file.length == 0) {
            throw new InvalidInputException("invalid_backup", "The backup file is empty. Send the JSON file that GET /api/v1/projects/{id}/backup gives.");
        }
        JsonNode root;
        try {
            root = json.readTree(file);
        } catch (JacksonException e) {
            var where = e.getLocation();
            throw new InvalidInputException("invalid_backup", "The backup file is not valid JSON (is it cut short?): " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")") + ".");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("invalid_backup", "The backup file must be a JSON object with \"format\": \"" + BackupFormat.FORMAT + "\".");
        }
        if (!BackupFormat.FORMAT.equals(root.path("format").asString(""))) {
            throw new InvalidInputException("invalid_backup", "This is not a Factline backup: its \"format\" is "
                    + (root.has("format") ? root.get("format").toString() : "missing") + ", expected \"" + BackupFormat.FORMAT + "\".");
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.asLong() != BackupFormat.VERSION) {
            throw new InvalidInputException("invalid_backup", "Backup format version " + (version.isMissingNode() ? "(missing)" : version.toString()) + " is not supported; this Factline reads version "
                    + BackupFormat.VERSION + ".");
        }
        return (ObjectNode) root;
    }

    /** ASCII letters and digits joined by hyphens; safe in a Content-Disposition header and on every file system. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "project" : s;
    }

    /** User ids mean nothing in another instance: the file names users by user name. */
    private static ObjectNode withUsernames(Schema.Table table, ObjectNode row, Map<Long, String> usernames) {
        for (String column : userColumns(table)) {
            JsonNode id = row.get(column);
            if (id != null && id.isIntegralNumber()) {
                String name = usernames.get(id.asLong());
                if (name == null) {
                    row.putNull(column);
                } else {
                    row.put(column, name);
                }
            }
        }
        if (table.name().equals("audit_log") && USER_ENTITIES.contains(row.path("entity_type").asString(""))) {
            JsonNode id = row.get("entity_id");
            if (id != null && id.isIntegralNumber() && usernames.containsKey(id.asLong())) {
                row.put("entity_id", usernames.get(id.asLong()));
            } else {
                row.putNull("entity_id");
            }
        }
        return row;
    }

    /** History entries whose entity id is a user's. */
    static final java.util.Set<String> USER_ENTITIES = java.util.Set.of("project_member", "user");

    static List<String> userColumns(Schema.Table table) {
        List<String> columns = new java.util.ArrayList<>(table.references().entrySet().stream()
                .filter(e -> e.getValue().equals("app_user")).map(Map.Entry::getKey).toList());
        if (table.name().equals("audit_log")) {
            columns.add("actor_id"); // no foreign key on purpose: history outlives its actors
        }
        return columns;
    }
}
