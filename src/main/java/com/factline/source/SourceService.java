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
import com.factline.project.ProjectPermission;
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
import org.springframework.core.env.Environment;
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

    private final Environment env;

    SourceService(JdbcClient jdbc, ProjectAccess access, AuditLog audit, ApplicationEventPublisher events,
                  FactlineProperties props, PlatformTransactionManager transactions, Environment env) {
        this.env = env;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.maxBytes = props.maxImportBytesOrDefault();
        this.tx = new TransactionTemplate(transactions);
    }

    /** True when the temporal resolver reads this language tag (English only today). */
    public static boolean resolverSupports(String language) {
        return LanguageGuess.resolverSupports(language);
    }

    /** The largest article (file or text, in bytes) an import accepts. */
    public long maxImportBytes() {
        return maxBytes;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SourceSummary> list(ProjectId project) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql(SUMMARY + " where s.project_id = ? order by s.published_on nulls last, lower(s.outlet), s.id")
                .param(project.value()).query(SourceService::mapSummary).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Source get(ProjectId project, SourceId id) {
        access.require(project, ProjectPermission.READ);
        return find(project, id).orElseThrow(() -> new NotFoundException("No source " + id + " in project " + project + "."));
    }

    /**
     * What anchoring a claim needs of a source, without reading its whole text (issue #18): its length and publication
     * date, the text from {@code start} (at most {@code maxQuote} characters, up to {@code end}) and up to
     * {@code context} characters either side of {@code start}–{@code end}. Offsets count code points, as
     * PostgreSQL's {@code substr} does; offsets outside the text give shorter or empty pieces, for the caller to refuse.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SourceSpan span(ProjectId project, SourceId id, int start, int end, int maxQuote, int context) {
        access.require(project, ProjectPermission.READ);
        int from = Math.max(0, start);
        int to = Math.max(from, end);
        return jdbc.sql("""
                        select s.id, s.published_on, s.char_count,
                               substr(s.body, :from + 1, :quote) as quote,
                               substr(s.body, greatest(:from - :context, 0) + 1, least(:context, :from)) as prefix,
                               substr(s.body, :to + 1, :context) as suffix
                        from source s where s.id = :id and s.project_id = :project""")
                .param("from", from).param("to", to).param("quote", Math.min(to - from, Math.max(0, maxQuote)))
                .param("context", Math.max(0, context)).param("id", id.value()).param("project", project.value())
                .query((rs, n) -> new SourceSpan(new SourceId(rs.getLong("id")), rs.getInt("char_count"),
                        localDate(rs.getDate("published_on")), rs.getString("quote"), rs.getString("prefix"), rs.getString("suffix")))
                .optional().orElseThrow(() -> new NotFoundException("No source " + id + " in project " + project + "."));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<SourceSummary> findBySha256(ProjectId project, String sha256) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql(SUMMARY + " where s.project_id = ? and s.sha256 = ?").params(project.value(), sha256)
                .query(SourceService::mapSummary).optional();
    }

    /**
     * Imports an uploaded file (.txt, .md, .html, .pdf, .docx); metadata fields left blank are filled from the file
     * where possible. The file is decoded and parsed before the transaction starts, so a large file holds no database
     * connection.
     */
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Source importFile(ProjectId project, @Nullable String fileName, byte[] bytes, SourceData metadata) {
        return importPreview(project, readFile(project, fileName, bytes), metadata).source();
    }

    /** Most files one batch (or one zip) may hold. */
    public static final int MAX_BATCH_FILES = 100;

    /** One uploaded file of a batch. */
    public record UploadedFile(String name, byte[] bytes) {
    }

    /**
     * Imports several files, each on its own (one transaction per file): each becomes a source, or is reported as a
     * duplicate (same text, by SHA-256) or refused with its reason. A {@code .zip} counts as the files inside it
     * (unpacked one at a time, each entry bounded by the article limit while it is inflated). {@code progress} hears
     * (done, total) after each file.
     */
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public List<FileOutcome> importFiles(ProjectId project, List<UploadedFile> files, SourceData metadata,
                                         java.util.function.BiConsumer<Integer, Integer> progress) {
        access.require(project, ProjectPermission.EDIT);
        List<FileOutcome> out = new java.util.ArrayList<>();
        int total = files.size();
        int done = 0;
        for (UploadedFile f : files) {
            if (f.name().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                importZip(project, f, metadata, out);
            } else if (out.size() >= MAX_BATCH_FILES) {
                out.add(new FileOutcome(f.name(), FileOutcome.Status.REFUSED, "Not imported: at most " + MAX_BATCH_FILES
                        + " files are imported at once.", null));
            } else {
                out.add(importOne(project, f.name(), f.bytes(), metadata));
            }
            progress.accept(++done, total);
        }
        return out;
    }

    private FileOutcome importOne(ProjectId project, String name, byte[] bytes, SourceData metadata) {
        try {
            Source s = importFile(project, name, bytes, metadata);
            return new FileOutcome(name, FileOutcome.Status.IMPORTED, "Imported as \u201c" + s.title() + "\u201d ("
                    + String.format(java.util.Locale.ENGLISH, "%,d", s.length()) + " characters" + (LanguageGuess.resolverSupports(s.language())
                    ? "" : "; language " + s.language() + ": no date suggestions") + ").", summary(project, s.id()));
        } catch (ConflictException e) {
            SourceSummary existing = e.current() instanceof SourceSummary ss ? ss : null;
            return new FileOutcome(name, FileOutcome.Status.DUPLICATE, e.getMessage(), existing);
        } catch (com.factline.base.FactlineException e) {
            return new FileOutcome(name, FileOutcome.Status.REFUSED, e.getMessage(), null);
        }
    }

    private void importZip(ProjectId project, UploadedFile zip, SourceData metadata, List<FileOutcome> out) {
        int entries = 0;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.bytes()))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String path = e.getName();
                String base = path.replaceAll(".*/", "");
                if (e.isDirectory() || path.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty()) {
                    continue;
                }
                String name = zip.name() + " \u203a " + path;
                if (out.size() >= MAX_BATCH_FILES || ++entries > MAX_BATCH_FILES) {
                    out.add(new FileOutcome(name, FileOutcome.Status.REFUSED, "Not imported: at most " + MAX_BATCH_FILES
                            + " files are imported at once.", null));
                    break;
                }
                byte[] bytes;
                try {
                    bytes = readEntry(in);
                } catch (PayloadTooLargeException tooBig) {
                    out.add(new FileOutcome(name, FileOutcome.Status.REFUSED, tooBig.getMessage(), null));
                    continue;
                }
                out.add(importOne(project, base, bytes, metadata).renamed(name));
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            out.add(new FileOutcome(zip.name(), FileOutcome.Status.REFUSED, "The zip file could not be read to the end ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("damaged") + ").", null));
        }
        if (entries == 0 && out.stream().noneMatch(o -> o.fileName().startsWith(zip.name()))) {
            out.add(new FileOutcome(zip.name(), FileOutcome.Status.REFUSED, "The zip file holds no files.", null));
        }
    }

    /** An entry's bytes, refused as soon as it inflates past the article limit (a zip bomb stops here). */
    private byte[] readEntry(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (out.size() + n > maxBytes) {
                throw new PayloadTooLargeException("The file unpacks to more than " + maxBytes + " bytes; articles up to "
                        + maxBytes + " bytes can be imported.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private @Nullable SourceSummary summary(ProjectId project, SourceId id) {
        return jdbc.sql(SUMMARY + " where s.project_id = ? and s.id = ?").params(project.value(), id.value())
                .query(SourceService::mapSummary).optional().orElse(null);
    }

    /** Reads an uploaded file into its article text and the metadata found in it, without saving anything. */
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public ImportPreview readFile(ProjectId project, @Nullable String fileName, byte[] bytes) {
        access.require(project, ProjectPermission.EDIT);
        if (bytes.length > maxBytes) {
            throw new PayloadTooLargeException("The file has " + bytes.length + " bytes; articles up to " + maxBytes + " bytes can be imported.");
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(java.util.Locale.ROOT);
        ArticleMetadata.Builder fromName = new ArticleMetadata.Builder().title(titleFromFileName(fileName), Provenance.FILE_NAME);
        String origin = fileName == null || fileName.isBlank() ? "upload" : fileName;
        java.time.Instant now = java.time.Instant.now();
        if (name.endsWith(".pdf")) {
            checkNotEmpty(bytes);
            DocumentText.Extracted pdf = DocumentText.pdf(bytes);
            return preview(origin, pdf.text(), withFallback(pdf.metadata(), fromName), Snapshot.of(null, null, "application/pdf", now, bytes));
        }
        if (name.endsWith(".docx")) {
            checkNotEmpty(bytes);
            DocumentText.Extracted docx = DocumentText.docx(bytes);
            return preview(origin, docx.text(), withFallback(docx.metadata(), fromName), Snapshot.of(null, null,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", now, bytes));
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            checkNotEmpty(bytes);
            HtmlArticle.Extracted html = HtmlArticle.extract(ArticleText.decodeBytes(bytes), null);
            return preview(origin, html.text(), withFallback(html.metadata(), fromName), Snapshot.of(null, null, "text/html", now, bytes));
        }
        if (name.endsWith(".doc")) {
            throw new com.factline.base.UnsupportedTypeException("Old Word .doc files cannot be imported; save it as .docx (or PDF) first.");
        }
        ArticleText.Decoded decoded = ArticleText.decodeFile(fileName, bytes);
        String text = ArticleText.normalise(decoded.text());
        ArticleMetadata.Builder meta = new ArticleMetadata.Builder();
        Dateline.find(text).ifPresent(d -> meta.publishedOn(d, Provenance.DATELINE));
        return preview(origin, text, withFallback(meta.build(), fromName), null);
    }

    /**
     * Fetches a web page (or PDF) and reduces it to its article and metadata, without saving anything. The
     * fetch follows the rules of {@link PageFetcher} (public addresses only unless allowed, size and time limits).
     */
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public ImportPreview previewUrl(ProjectId project, String url) {
        access.require(project, ProjectPermission.EDIT);
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("invalid_url", "Give the address of the article.");
        }
        PageFetcher.Fetched page = fetcher().fetch(url);
        ArticleMetadata.Builder fromHost = new ArticleMetadata.Builder().outlet(HtmlArticle.host(page.finalUrl()), Provenance.URL_HOST);
        Snapshot snapshot = Snapshot.of(url.strip(), page.finalUrl(), page.mediaType(), page.fetchedAt(), page.body());
        if (page.isPdf()) {
            DocumentText.Extracted pdf = DocumentText.pdf(page.body());
            return preview(url.strip(), pdf.text(), withFallback(pdf.metadata(), fromHost), snapshot);
        }
        org.jsoup.nodes.Document doc;
        try {
            doc = org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(page.body()), page.charset(), page.finalUrl());
        } catch (java.io.IOException | java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            throw FetchFailedException.failed("The page could not be decoded (charset " + page.charset() + ").");
        }
        HtmlArticle.Extracted html = HtmlArticle.extract(doc.outerHtml(), page.finalUrl());
        return preview(url.strip(), html.text(), html.metadata(), snapshot);
    }

    /** Fetches and imports a page: {@link #previewUrl} then {@link #importPreview}. */
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public ImportResult importUrl(ProjectId project, String url, SourceData overrides) {
        ImportPreview preview = previewUrl(project, url);
        SourceData data = overrides.url() == null || overrides.url().isBlank()
                ? new SourceData(overrides.title(), overrides.outlet(), overrides.publishedOn(), url.strip(), overrides.byline(),
                overrides.language(), null)
                : overrides;
        return importPreview(project, preview, data);
    }

    /**
     * Saves a previewed article. Fields the editor gave win over those found in the page or file; the answer says
     * where each field came from.
     */
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public ImportResult importPreview(ProjectId project, ImportPreview preview, SourceData editor) {
        access.require(project, ProjectPermission.EDIT);
        java.util.Map<String, Provenance> from = new java.util.LinkedHashMap<>();
        ArticleMetadata found = preview.found();
        String title = pick("title", editor.title(), found.title(), found, from);
        String outlet = pick("outlet", editor.outlet(), found.outlet(), found, from);
        String byline = pick("byline", editor.byline(), found.byline(), found, from);
        LocalDate published = editor.publishedOn();
        if (published != null) {
            from.put("publishedOn", Provenance.EDITOR);
        } else if (found.publishedOn() != null) {
            published = found.publishedOn();
            from.put("publishedOn", found.provenance().get("publishedOn"));
        }
        String language = blank(editor.language()) ? preview.language() : editor.language();
        from.put("language", blank(editor.language()) ? Provenance.DETECTED : Provenance.EDITOR);
        if (!blank(editor.url())) {
            from.put("url", Provenance.EDITOR);
        }
        SourceData data = new SourceData(title, outlet, published, editor.url(), byline, language, preview.text());
        Source source = importChecked(project, data, preview.snapshot(), from);
        SnapshotInfo info = preview.snapshot() == null ? null : info(preview.snapshot());
        return new ImportResult(source, from, info);
    }

    private static @Nullable String pick(String field, @Nullable String editor, @Nullable String found, ArticleMetadata meta,
                                         java.util.Map<String, Provenance> from) {
        if (!blank(editor)) {
            from.put(field, Provenance.EDITOR);
            return editor;
        }
        if (!blank(found)) {
            from.put(field, meta.provenance().get(field));
            return found;
        }
        return null;
    }

    private ImportPreview preview(String origin, String text, ArticleMetadata found, @Nullable Snapshot snapshot) {
        if ((long) text.length() > maxBytes && text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new PayloadTooLargeException("The extracted text is larger than " + maxBytes + " bytes, the import limit.");
        }
        String normal = ArticleText.normalise(text);
        return new ImportPreview(origin, normal, found, LanguageGuess.detect(normal), snapshot);
    }

    private static ArticleMetadata withFallback(ArticleMetadata first, ArticleMetadata.Builder fallback) {
        ArticleMetadata.Builder b = new ArticleMetadata.Builder();
        copy(first, b);
        copy(fallback.build(), b);
        return b.build();
    }

    private static void copy(ArticleMetadata m, ArticleMetadata.Builder b) {
        b.title(m.title(), m.provenance().getOrDefault("title", Provenance.FILE_NAME));
        b.outlet(m.outlet(), m.provenance().getOrDefault("outlet", Provenance.URL_HOST));
        b.byline(m.byline(), m.provenance().getOrDefault("byline", Provenance.META));
        b.publishedOn(m.publishedOn(), m.provenance().getOrDefault("publishedOn", Provenance.DATELINE));
    }

    private static void checkNotEmpty(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInputException("empty_file", "The file is empty.");
        }
    }

    private PageFetcher fetcher() {
        java.util.Set<String> allowed = new java.util.HashSet<>();
        for (String h : env.getProperty("factline.fetch.allowed-hosts", env.getProperty("FACTLINE_FETCH_ALLOWED_HOSTS", "")).split(",")) {
            if (!h.isBlank()) {
                allowed.add(h.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new PageFetcher(new PageFetcher.Settings(allowed,
                env.getProperty("factline.fetch.connect-timeout", java.time.Duration.class, java.time.Duration.ofSeconds(5)),
                env.getProperty("factline.fetch.read-timeout", java.time.Duration.class, java.time.Duration.ofSeconds(10)),
                env.getProperty("factline.fetch.total-timeout", java.time.Duration.class, java.time.Duration.ofSeconds(30)),
                maxBytes), java.time.Clock.systemUTC());
    }

    /** The original a source was extracted from, if one was kept. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<SnapshotInfo> snapshot(ProjectId project, SourceId id) {
        access.require(project, ProjectPermission.READ);
        return jdbc.sql("""
                        select n.url, n.final_url, n.content_type, n.fetched_at, n.sha256, octet_length(n.body) as bytes
                        from source_snapshot n join source s on s.id = n.source_id
                        where s.id = ? and s.project_id = ?""")
                .params(id.value(), project.value())
                .query((rs, n) -> new SnapshotInfo(rs.getString("url"), rs.getString("final_url"), rs.getString("content_type"),
                        rs.getTimestamp("fetched_at").toInstant(), rs.getString("sha256"), rs.getInt("bytes")))
                .optional();
    }

    private static SnapshotInfo info(Snapshot s) {
        return new SnapshotInfo(s.url(), s.finalUrl(), s.contentType(), s.fetchedAt(), s.sha256(), s.body().length);
    }

    /**
     * Imports an article in one transaction: it is either wholly there or not at all. The text is checked
     * and hashed first, outside the transaction.
     */
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
    public Source importText(ProjectId project, SourceData data) {
        java.util.Map<String, Provenance> from = new java.util.LinkedHashMap<>();
        if (blank(data.language()) && data.text() != null) {
            from.put("language", Provenance.DETECTED);
        }
        return importChecked(project, data, null, from);
    }

    private Source importChecked(ProjectId project, SourceData data, @Nullable Snapshot snapshot, java.util.Map<String, Provenance> from) {
        access.require(project, ProjectPermission.EDIT);
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
        String language = blank(data.language()) ? LanguageGuess.detect(text) : language(data.language());
        String sha = sha256(text);
        return Objects.requireNonNull(tx.execute(status -> {
            Source source = insert(project, title, outlet, url, byline, language, data.publishedOn(), text, sha);
            if (snapshot != null) {
                String provenance = from.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue().key() + "\"")
                        .collect(java.util.stream.Collectors.joining(",", "{", "}"));
                jdbc.sql("""
                                insert into source_snapshot (source_id, url, final_url, content_type, fetched_at, body, sha256, provenance)
                                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                        .params(source.id().value(), snapshot.url(), snapshot.finalUrl(), snapshot.contentType(),
                                java.sql.Timestamp.from(snapshot.fetchedAt()), snapshot.body(), snapshot.sha256(), provenance)
                        .update();
            }
            return source;
        }));
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
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
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
    @PreAuthorize("@projectAccess.require(#project, 'EDIT')")
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
        return com.factline.base.Sha256.hex(text);
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
        // Length first, and a possessive group: a 25 KB "tag" overflowed the regex engine's stack.
        if (v.length() > 35 || !v.matches("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*+")) {
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
