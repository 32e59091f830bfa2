package com.factline.source;

import com.factline.base.AuditLog;
import com.factline.base.ConflictException;
import com.factline.base.CurrentUser;
import com.factline.base.FactlineProperties;
import com.factline.base.InvalidInputException;
import com.factline.base.NotFoundException;
import com.factline.base.PayloadTooLargeException;
import com.factline.project.ProjectAccess;
import com.factline.project.ProjectId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class SourceService {

    private static final String SUMMARY = """
            select s.id, s.title, s.outlet, s.published_on, s.url, s.sha256, s.char_count, s.republishes_id, s.version,
                   (select count(*) from claim c where c.source_id = s.id) as claim_count
            from source s
            """;
    private static final String FULL = """
            select s.*, u.username as imported_by_name
            from source s left join app_user u on u.id = s.imported_by
            """;

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final long maxBytes;
    /** Imports parse and check outside the transaction; only the writes hold a connection. */
    private final TransactionTemplate tx;

    SourceService(JdbcClient jdbc, ProjectAccess access, AuditLog audit, ApplicationEventPublisher events,
                  FactlineProperties props, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.maxBytes = props.maxImportBytesOrDefault();
        this.tx = new TransactionTemplate(transactions);
    }

    /** The largest article (file or text, in bytes) an import accepts. */
    public long maxImportBytes() {
        return maxBytes;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SourceSummary> list(ProjectId project) {
        access.require(project);
        return jdbc.sql(SUMMARY + " where s.project_id = ? order by s.published_on nulls last, lower(s.outlet), s.id")
                .param(project.value()).query(SourceService::mapSummary).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Source get(ProjectId project, SourceId id) {
        access.require(project);
        return find(project, id).orElseThrow(() -> new NotFoundException("No source " + id + " in project " + project + "."));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<SourceSummary> findBySha256(ProjectId project, String sha256) {
        access.require(project);
        return jdbc.sql(SUMMARY + " where s.project_id = ? and s.sha256 = ?").params(project.value(), sha256)
                .query(SourceService::mapSummary).optional();
    }

    /**
     * Imports an uploaded .txt, .md or .html file; metadata fields left blank are filled from the file where possible.
     * The file is decoded and parsed before the transaction starts, so a large file holds no database connection.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public Source importFile(ProjectId project, @Nullable String fileName, byte[] bytes, SourceData metadata) {
        access.require(project);
        if (bytes.length > maxBytes) {
            throw new PayloadTooLargeException("The file has " + bytes.length + " bytes; articles up to " + maxBytes + " bytes can be imported.");
        }
        ArticleText.Decoded decoded = ArticleText.decodeFile(fileName, bytes);
        SourceData data = metadata.withText(decoded.text());
        if (blank(data.title())) {
            data = data.withTitle(decoded.htmlTitle() != null ? decoded.htmlTitle() : titleFromFileName(fileName));
        }
        return importText(project, data);
    }

    /**
     * Imports an article in one transaction: it is either wholly there or not at all. The text is checked
     * and hashed first, outside the transaction.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public Source importText(ProjectId project, SourceData data) {
        access.require(project);
        if (data.text() == null) {
            throw new InvalidInputException("empty_text", "The article text is missing.");
        }
        if ((long) data.text().length() * 3 > maxBytes && data.text().getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new PayloadTooLargeException("The text is larger than " + maxBytes + " bytes, the import limit.");
        }
        String text = ArticleText.normalise(data.text());
        String title = required("title", data.title(), 500);
        String outlet = optional("outlet", data.outlet(), 200);
        String url = url(data.url());
        String byline = optional("byline", data.byline(), 500);
        String language = language(data.language());
        String sha = sha256(text);
        return Objects.requireNonNull(tx.execute(status -> insert(project, title, outlet, url, byline, language,
                data.publishedOn(), text, sha)));
    }

    private Source insert(ProjectId project, String title, @Nullable String outlet, @Nullable String url,
                          @Nullable String byline, String language, @Nullable LocalDate publishedOn, String text, String sha) {
        Optional<SourceSummary> existing = jdbc.sql(SUMMARY + " where s.project_id = ? and s.sha256 = ?")
                .params(project.value(), sha).query(SourceService::mapSummary).optional();
        if (existing.isPresent()) {
            throw new ConflictException("duplicate_source", "This text is already in the project as source "
                    + existing.get().id().value() + " \u201c" + existing.get().title() + "\u201d.", existing.get());
        }
        long id = jdbc.sql("""
                        insert into source (project_id, title, outlet, url, byline, language, published_on, body, sha256, char_count, imported_by)
                        values (:project, :title, :outlet, :url, :byline, :language, :published, :body, :sha, :chars, :user)
                        returning id""")
                .param("project", project.value())
                .param("title", title)
                .param("outlet", blankToEmpty(outlet))
                .param("url", url)
                .param("byline", byline)
                .param("language", language)
                .param("published", publishedOn == null ? null : Date.valueOf(publishedOn))
                .param("body", text)
                .param("sha", sha)
                .param("chars", text.codePointCount(0, text.length()))
                .param("user", CurrentUser.require().userId())
                .query(Long.class).single();
        Source source = find(project, new SourceId(id)).orElseThrow();
        audit.record(project.value(), "source", id, "import", null, auditView(source));
        events.publishEvent(new SourceImported(project, source.id()));
        return source;
    }

    /** Edits the metadata (never the text). A stale {@code version} is refused with the current row. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Source updateMetadata(ProjectId project, SourceId id, SourceMetadata m, int version) {
        Source before = get(project, id);
        String title = required("title", m.title(), 500);
        String outlet = optional("outlet", m.outlet(), 200);
        String url = url(m.url());
        String byline = optional("byline", m.byline(), 500);
        String language = language(m.language());
        int n = jdbc.sql("""
                        update source set title = :title, outlet = :outlet, url = :url, byline = :byline, language = :language,
                               published_on = :published, version = version + 1
                        where id = :id and project_id = :project and version = :version""")
                .param("title", title)
                .param("outlet", blankToEmpty(outlet))
                .param("url", url)
                .param("byline", byline)
                .param("language", language)
                .param("published", m.publishedOn() == null ? null : Date.valueOf(m.publishedOn()))
                .param("id", id.value())
                .param("project", project.value())
                .param("version", version)
                .update();
        if (n == 0) {
            throw new ConflictException("Someone else changed this source (now version " + before.version()
                    + ", you edited version " + version + "). Reload to see their change.", before);
        }
        Source after = find(project, id).orElseThrow();
        audit.record(project.value(), "source", id.value(), "update", auditView(before), auditView(after));
        if (!Objects.equals(before.publishedOn(), after.publishedOn())) {
            events.publishEvent(new SourcePublicationDateChanged(project, id, before.publishedOn(), after.publishedOn()));
        }
        return after;
    }

    /** Marks a source as a re-publication of another (wire copy): it then counts once for corroboration. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Source setRepublishes(ProjectId project, SourceId id, @Nullable SourceId original, int version) {
        Source before = get(project, id);
        if (original != null) {
            if (original.equals(id)) {
                throw new InvalidInputException("A source cannot republish itself.");
            }
            get(project, original);
        }
        int n = jdbc.sql("update source set republishes_id = ?, version = version + 1 where id = ? and project_id = ? and version = ?")
                .params(original == null ? null : original.value(), id.value(), project.value(), version).update();
        if (n == 0) {
            throw new ConflictException("Someone else changed this source first. Reload to see their change.", before);
        }
        Source after = find(project, id).orElseThrow();
        audit.record(project.value(), "source", id.value(), "update", auditView(before), auditView(after));
        return after;
    }

    private Optional<Source> find(ProjectId project, SourceId id) {
        return jdbc.sql(FULL + " where s.id = ? and s.project_id = ?").params(id.value(), project.value())
                .query((rs, n) -> new Source(new SourceId(rs.getLong("id")), new ProjectId(rs.getLong("project_id")),
                        rs.getString("title"), rs.getString("outlet"), rs.getString("url"), rs.getString("byline"),
                        rs.getString("language"), localDate(rs.getDate("published_on")), rs.getString("body"),
                        rs.getString("sha256"), rs.getInt("char_count"), (Long) rs.getObject("republishes_id"),
                        rs.getString("imported_by_name"), rs.getTimestamp("imported_at").toInstant(), rs.getInt("version")))
                .optional();
    }

    /** The audit log keeps metadata, not the (immutable, possibly large) text. */
    private static java.util.Map<String, Object> auditView(Source s) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("title", s.title());
        m.put("outlet", s.outlet());
        m.put("publishedOn", s.publishedOn() == null ? null : s.publishedOn().toString());
        m.put("url", s.url());
        m.put("byline", s.byline());
        m.put("language", s.language());
        m.put("sha256", s.sha256());
        m.put("length", s.length());
        m.put("republishesId", s.republishesId());
        return m;
    }

    static String sha256(String text) {
        return com.factline.base.Text.sha256(text);
    }

    private static String required(String field, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidInputException("A source needs a " + field + ".");
        }
        if (v.length() > max) {
            throw new InvalidInputException("The " + field + " has " + v.length() + " characters; at most " + max + " are allowed.");
        }
        return v;
    }

    private static @Nullable String optional(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException("The " + field + " has " + v.length() + " characters; at most " + max + " are allowed.");
        }
        return v;
    }

    static @Nullable String url(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || v.length() > 2000) {
                throw new InvalidInputException("invalid_url", "The URL must be an http:// or https:// address.");
            }
            return v;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException("invalid_url", "The URL is not a valid address.");
        }
    }

    private static String language(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return "en";
        }
        String v = value.strip();
        if (!v.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new InvalidInputException("The language must be a language tag such as en or de-CH.");
        }
        return v;
    }

    private static String titleFromFileName(@Nullable String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Untitled";
        }
        String base = fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]+$", "").strip();
        return base.isEmpty() ? "Untitled" : base.length() > 500 ? base.substring(0, 500) : base;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String blankToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable LocalDate localDate(java.sql.@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static SourceSummary mapSummary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SourceSummary(new SourceId(rs.getLong("id")), rs.getString("title"), rs.getString("outlet"),
                localDate(rs.getDate("published_on")), rs.getString("url"), rs.getString("sha256"), rs.getInt("char_count"),
                rs.getInt("claim_count"), (Long) rs.getObject("republishes_id"), rs.getInt("version"));
    }
}
