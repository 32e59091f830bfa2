package com.factline.backup;

import com.factline.base.InvalidInputException;
import com.factline.base.Sha256;
import com.factline.project.ProjectId;
import com.factline.timeline.EventStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One restore, inside the caller's transaction: checks the whole file first (structure, ids,
 * references, texts against their hashes, claims against their texts), then gives every row a
 * new id from its table's sequence, rewrites the links and inserts the rows in batches.
 */
final class Restore {

    /** Rows per insert statement, and roughly the most JSON text one statement carries. */
    private static final int BATCH_ROWS = 1000;
    private static final int BATCH_CHARS = 4 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Schema schema;
    private final ObjectNode root;
    private final LocalDate today;

    private final Map<String, List<ObjectNode>> rows = new LinkedHashMap<>();
    /** Per table with ids: id in the file → new id here. */
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();
    private final Map<Long, SourceText> texts = new HashMap<>();
    private final Map<String, Long> userIds = new HashMap<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Set<String> missingUsers = new LinkedHashSet<>();
    private int historyWithoutEntity;

    Restore(JdbcClient jdbc, JsonMapper json, Schema schema, ObjectNode root, LocalDate today) {
        this.jdbc = jdbc;
        this.json = json;
        this.schema = schema;
        this.root = root;
        this.today = today;
    }

    RestoreResult run() {
        readParts();
        checkSources();
        checkClaims();
        checkDiscrepancySpans();
        jdbc.sql("select id, username from app_user").query((rs, n) -> userIds.put(rs.getString(2), rs.getLong(1))).list();

        String originalName = rows.get("project").getFirst().get("name").asString().strip();
        String name = freeName(originalName);
        for (BackupFormat.Part part : BackupFormat.PARTS) {
            if (part.hasId()) {
                ids.put(part.table(), allocate(part.table(), part.key()));
            }
        }
        long project = ids.get("project").values().iterator().next();
        // Every row is rewritten (and every link checked) before the first insert.
        Map<BackupFormat.Part, List<ObjectNode>> rewritten = new LinkedHashMap<>();
        List<long[]> republishes = new ArrayList<>();
        for (BackupFormat.Part part : BackupFormat.PARTS) {
            Schema.Table table = schema.table(part.table());
            List<ObjectNode> out = new ArrayList<>();
            List<ObjectNode> in = rows.get(part.key());
            for (int i = 0; i < in.size(); i++) {
                ObjectNode row = rewrite(part, table, i, in.get(i), project);
                if (row == null) {
                    continue;
                }
                if (part.table().equals("source") && row.has("republishes_id") && !row.get("republishes_id").isNull()) {
                    // Set once all sources exist: a copy may come before its original.
                    republishes.add(new long[] {row.get("id").asLong(), row.get("republishes_id").asLong()});
                    row.putNull("republishes_id");
                }
                out.add(row);
            }
            if (part == BackupFormat.PROJECT) {
                out.getFirst().put("name", name);
            }
            rewritten.put(part, out);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        rewritten.forEach((part, out) -> {
            insert(part, schema.table(part.table()), out);
            if (part.table().equals("source")) {
                for (long[] r : republishes) {
                    jdbc.sql("update source set republishes_id = ? where id = ?").params(r[1], r[0]).update();
                }
            }
            if (part.table().equals("claim")) {
                // Derived (V13): each claim keeps its source's publication date; a file from before V13 has none.
                jdbc.sql("""
                                update claim c set source_published_on = s.published_on from source s
                                where c.project_id = ? and s.id = c.source_id and c.source_published_on is distinct from s.published_on""")
                        .param(project).update();
            }
            if (part != BackupFormat.PROJECT) {
                counts.put(part.key(), out.size());
            }
        });
        // A backup from before project roles (V10) has members without a role: they come back as
        // editors, and the project's creator, when a member here, as its owner (as the migration did).
        jdbc.sql("""
                        update project_member m set role = 'owner' from project p
                        where p.id = ? and m.project_id = p.id and m.user_id = p.created_by
                          and not exists (select 1 from project_member o where o.project_id = p.id and o.role = 'owner')""")
                .param(project).update();
        if (!name.equals(originalName)) {
            warnings.add("A project named \u201c" + originalName + "\u201d exists already; the restored one is named \u201c" + name + "\u201d.");
        }
        for (String user : missingUsers) {
            warnings.add("User \u201c" + user + "\u201d has no account here: the fields that named them are left empty"
                    + " (the history keeps their name).");
        }
        if (historyWithoutEntity > 0) {
            warnings.add(historyWithoutEntity + " history entries are about things deleted before the backup; they keep"
                    + " their text but point to nothing.");
        }
        return new RestoreResult(new ProjectId(project), name, counts, List.copyOf(warnings));
    }

    // --- reading and checking ------------------------------------------------------------------

    private void readParts() {
        for (BackupFormat.Part part : BackupFormat.PARTS) {
            JsonNode node = root.get(part.key());
            if (node == null && BackupFormat.ADDED_LATER.contains(part.key())) {
                node = json.createArrayNode(); // a backup from before this part existed
            }
            List<ObjectNode> list = new ArrayList<>();
            if (part == BackupFormat.PROJECT) {
                if (node == null || !node.isObject()) {
                    throw invalid("The backup has no \"project\" object; the file is incomplete.");
                }
                if (!node.path("name").isString() || node.path("name").asString().isBlank()) {
                    throw invalid("The backup's project has no name.");
                }
                list.add((ObjectNode) node);
            } else {
                if (node == null || !node.isArray()) {
                    throw invalid("The backup has no \"" + part.key() + "\" list; the file is incomplete.");
                }
                for (int i = 0; i < node.size(); i++) {
                    if (!node.get(i).isObject()) {
                        throw invalid(part.key() + "[" + i + "] is not a JSON object.");
                    }
                    list.add((ObjectNode) node.get(i));
                }
            }
            Schema.Table table = schema.table(part.table());
            Set<Long> seen = new java.util.HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                ObjectNode row = list.get(i);
                for (String field : row.propertyNames()) {
                    if (!table.columns().contains(field)) {
                        throw invalid(where(part, i, row) + " has a field \"" + field + "\" that this Factline does not know;"
                                + " the backup may come from a newer version.");
                    }
                }
                if (part.hasId()) {
                    long id = integral(row, "id", where(part, i, row));
                    if (!seen.add(id)) {
                        throw invalid(where(part, i, row) + ": id " + id + " occurs twice in \"" + part.key() + "\".");
                    }
                }
            }
            rows.put(part.key(), list);
        }
    }

    private void checkSources() {
        List<ObjectNode> sources = rows.get("sources");
        for (int i = 0; i < sources.size(); i++) {
            ObjectNode row = sources.get(i);
            String where = "sources[" + i + "] (id " + row.get("id") + ")";
            JsonNode body = row.get("body");
            if (body == null || !body.isString() || body.asString().isEmpty()) {
                throw invalid(where + " has no text (\"body\").");
            }
            String text = body.asString();
            String hash = row.path("sha256").asString("");
            if (!Sha256.hex(text).equals(hash)) {
                throw invalid(where + ": the sha256 in the file (" + (hash.isEmpty() ? "missing" : hash)
                        + ") does not match its text; the text was changed or damaged.");
            }
            SourceText st = SourceText.of(text);
            JsonNode count = row.get("char_count");
            if (count != null && !count.isNull() && (!count.isIntegralNumber() || count.asLong() != st.length())) {
                throw invalid(where + ": char_count " + count + " does not match its text of " + st.length() + " characters.");
            }
            texts.put(row.get("id").asLong(), st);
        }
    }

    private void checkClaims() {
        List<ObjectNode> claims = rows.get("claims");
        for (int i = 0; i < claims.size(); i++) {
            ObjectNode row = claims.get(i);
            String where = "claims[" + i + "] (id " + row.get("id") + ")";
            long source = integral(row, "source_id", where);
            SourceText text = texts.get(source);
            if (text == null) {
                throw invalid(where + ": its source_id " + source + " is not a source in the backup.");
            }
            int start = (int) integral(row, "start_offset", where);
            int end = (int) integral(row, "end_offset", where);
            checkRange(where, "offsets", source, text, start, end);
            String quote = row.path("quote").asString("");
            String there = text.slice(start, end);
            if (!there.equals(quote)) {
                throw invalid(where + ": the quote \u201c" + shorten(quote) + "\u201d is not the text of source " + source + " at "
                        + start + "\u2013" + end + ", which reads \u201c" + shorten(there) + "\u201d.");
            }
            JsonNode es = row.get("date_expression_start");
            JsonNode ee = row.get("date_expression_end");
            if (es != null && !es.isNull() && ee != null && !ee.isNull()) {
                checkRange(where, "date expression offsets", source, text, (int) integral(row, "date_expression_start", where),
                        (int) integral(row, "date_expression_end", where));
            }
        }
    }

    private void checkDiscrepancySpans() {
        List<ObjectNode> discrepancies = rows.get("discrepancies");
        for (int i = 0; i < discrepancies.size(); i++) {
            ObjectNode row = discrepancies.get(i);
            String where = "discrepancies[" + i + "] (id " + row.get("id") + ")";
            JsonNode spans = row.path("spans");
            if (!spans.isArray()) {
                throw invalid(where + ": \"spans\" must be a list.");
            }
            for (int j = 0; j < spans.size(); j++) {
                if (!spans.get(j).isObject()) {
                    throw invalid(where + ": spans[" + j + "] is not an object.");
                }
                ObjectNode span = (ObjectNode) spans.get(j);
                String w = where + " spans[" + j + "]";
                long source = integral(span, "sourceId", w);
                SourceText text = texts.get(source);
                if (text == null) {
                    throw invalid(w + ": sourceId " + source + " is not a source in the backup.");
                }
                checkRange(w, "offsets", source, text, (int) integral(span, "start", w), (int) integral(span, "end", w));
            }
        }
    }

    private static void checkRange(String where, String what, long source, SourceText text, int start, int end) {
        if (start < 0 || start >= end || end > text.length()) {
            throw invalid(where + ": " + what + " " + start + "\u2013" + end + " lie outside the text of source " + source
                    + ", which has " + text.length() + " characters.");
        }
    }

    // --- rewriting ---------------------------------------------------------------------------------

    /** The row with new ids and local users; null for a row that cannot be kept (a member unknown here). */
    private @Nullable ObjectNode rewrite(BackupFormat.Part part, Schema.Table table, int index, ObjectNode original, long project) {
        ObjectNode row = original.deepCopy();
        String where = where(part, index, original);
        if (part.hasId()) {
            row.put("id", ids.get(part.table()).get(row.get("id").asLong()));
        }
        for (String column : BackupService.userColumns(table)) {
            JsonNode user = row.get(column);
            if (user == null || user.isNull()) {
                continue;
            }
            if (!user.isString()) {
                throw invalid(where + ": \"" + column + "\" must be a user name.");
            }
            Long id = userIds.get(user.asString());
            if (id != null) {
                row.put(column, id);
                continue;
            }
            row.putNull(column);
            if (part.table().equals("project_member")) {
                warnings.add("Member \u201c" + user.asString() + "\u201d has no account here and was left out.");
                return null;
            }
            if (!column.equals("actor_id")) {
                missingUsers.add(user.asString());
            }
        }
        for (var ref : table.references().entrySet()) {
            String column = ref.getKey();
            String target = ref.getValue();
            JsonNode value = row.get(column);
            if (target.equals("app_user")) {
                continue;
            }
            if (target.equals("project")) {
                row.put(column, project);
                continue;
            }
            if (value == null || value.isNull()) {
                continue;
            }
            row.put(column, mapped(where, column, target, integral(row, column, where)));
        }
        switch (part.table()) {
            case "discrepancy" -> {
                for (JsonNode span : row.path("spans")) {
                    ((ObjectNode) span).put("sourceId", mapped(where, "spans.sourceId", "source", span.get("sourceId").asLong()));
                }
            }
            case "comment" -> {
                String type = row.path("target_type").asString("");
                if (!Set.of("event", "claim", "discrepancy").contains(type)) {
                    throw invalid(where + ": target_type " + row.path("target_type") + " is not event, claim or discrepancy.");
                }
                row.put("target_id", mapped(where, "target_id", type, integral(row, "target_id", where)));
            }
            case "audit_log" -> rewriteHistory(row, project);
            case "event" -> {
                // Statuses removed in V12 (a backup made before it may have them): such events are drafts.
                if (EventStatus.REMOVED.contains(row.path("status").asString(""))) {
                    row.put("status", EventStatus.DRAFT.dbName());
                }
            }
            default -> {
            }
        }
        return row;
    }

    private void rewriteHistory(ObjectNode row, long project) {
        row.put("project_id", project);
        String type = row.path("entity_type").asString("");
        JsonNode entity = row.get("entity_id");
        if (entity == null || entity.isNull()) {
            return;
        }
        Long id = null;
        if (type.equals("project")) {
            id = project;
        } else if (BackupService.USER_ENTITIES.contains(type)) {
            id = entity.isString() ? userIds.get(entity.asString()) : null;
        } else if (BackupFormat.ENTITY_TABLES.contains(type) && entity.isIntegralNumber()) {
            id = ids.get(type).get(entity.asLong());
            if (id == null) {
                historyWithoutEntity++;
            }
        }
        if (id == null) {
            row.putNull("entity_id");
        } else {
            row.put("entity_id", id);
        }
    }

    private long mapped(String where, String column, String table, long old) {
        Map<Long, Long> map = ids.get(table);
        Long id = map == null ? null : map.get(old);
        if (id == null) {
            throw invalid(where + ": " + column + " points to " + table + " " + old + ", which is not in the backup.");
        }
        return id;
    }

    // --- writing ---------------------------------------------------------------------------------------

    private Map<Long, Long> allocate(String table, String key) {
        List<ObjectNode> list = rows.get(key);
        List<Long> fresh = new ArrayList<>(jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .params(table, list.size()).query(Long.class).list());
        fresh.sort(null);
        Map<Long, Long> map = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            map.put(list.get(i).get("id").asLong(), fresh.get(i));
        }
        return map;
    }

    private void insert(BackupFormat.Part part, Schema.Table table, List<ObjectNode> list) {
        if (list.isEmpty()) {
            return;
        }
        Set<String> present = new LinkedHashSet<>();
        list.forEach(r -> present.addAll(r.propertyNames()));
        List<String> columns = table.columns().stream().filter(present::contains).map(c -> "\"" + c + "\"").toList();
        String cols = String.join(", ", columns);
        String sql = "insert into \"" + table.name() + "\" (" + cols + ")" + (part.hasId() ? " overriding system value" : "")
                + " select " + cols + " from json_populate_recordset(null::\"" + table.name() + "\", cast(? as json))";
        ArrayNode batch = json.createArrayNode();
        int chars = 0;
        for (ObjectNode row : list) {
            String text = row.toString();
            if (!batch.isEmpty() && (batch.size() >= BATCH_ROWS || chars + text.length() > BATCH_CHARS)) {
                run(part, sql, batch);
                batch = json.createArrayNode();
                chars = 0;
            }
            batch.add(row);
            chars += text.length();
        }
        run(part, sql, batch);
    }

    private void run(BackupFormat.Part part, String sql, ArrayNode batch) {
        try {
            jdbc.sql(sql).param(json.writeValueAsString(batch)).update();
        } catch (DataIntegrityViolationException | UncategorizedSQLException | BadSqlGrammarException e) {
            String cause = String.valueOf(e.getMostSpecificCause().getMessage()).lines().findFirst().orElse("");
            throw invalid("The database refused the \"" + part.key() + "\" of the backup, so nothing was restored: " + cause);
        }
    }

    private String freeName(String original) {
        String name = original;
        for (int n = 1; taken(name); n++) {
            String suffix = " (restored " + today + (n == 1 ? "" : ", " + n) + ")";
            String base = original.length() + suffix.length() > 200 ? original.substring(0, 200 - suffix.length()).strip() : original;
            name = base + suffix;
        }
        return name;
    }

    private boolean taken(String name) {
        return jdbc.sql("select exists (select 1 from project where lower(name) = lower(?))").param(name).query(Boolean.class).single();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static String where(BackupFormat.Part part, int index, ObjectNode row) {
        if (part == BackupFormat.PROJECT) {
            return "project";
        }
        return part.key() + "[" + index + "]" + (row.has("id") ? " (id " + row.get("id") + ")" : "");
    }

    private static long integral(JsonNode row, String field, String where) {
        JsonNode v = row.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw invalid(where + ": \"" + field + "\" must be a whole number, found " + (v == null ? "nothing" : v.toString()) + ".");
        }
        long value = v.asLong();
        if (!field.toLowerCase(java.util.Locale.ROOT).endsWith("id") && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw invalid(where + ": \"" + field + "\" is out of range: " + value + ".");
        }
        return value;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "\u2026";
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("invalid_backup", message);
    }

    /** A source text indexed by code points, as claim offsets count (an index array only for texts beyond the BMP). */
    record SourceText(String body, int length, int @Nullable [] charIndex) {

        static SourceText of(String body) {
            int cps = body.codePointCount(0, body.length());
            if (cps == body.length()) {
                return new SourceText(body, cps, null);
            }
            int[] index = new int[cps + 1];
            int c = 0;
            for (int i = 0; i < body.length(); i += Character.charCount(body.codePointAt(i))) {
                index[c++] = i;
            }
            index[cps] = body.length();
            return new SourceText(body, cps, index);
        }

        String slice(int start, int end) {
            return charIndex == null ? body.substring(start, end) : body.substring(charIndex[start], charIndex[end]);
        }
    }
}
