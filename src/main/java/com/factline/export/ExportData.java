package com.factline.export;

import com.factline.temporal.DateValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an exporter may write, gathered once per request and sorted by stable keys, so
 * the same data gives the same bytes (only {@code generatedAt} differs).
 */
public record ExportData(Project project, Instant generatedAt, ExportScope scope, List<Event> events,
                         List<ResolvedDiscrepancy> discrepancies, List<OpenDiscrepancy> open) {

    /** Export data without open discrepancies. */
    public ExportData(Project project, Instant generatedAt, ExportScope scope, List<Event> events,
                      List<ResolvedDiscrepancy> discrepancies) {
        this(project, generatedAt, scope, events, discrepancies, List.of());
    }

    public record Project(long id, String name, String description, String slug) {
    }

    /** An event in scope with its supporting claims. */
    public record Event(long id, String title, String summary, String location, @Nullable DateValue date, String status,
                        @Nullable String verifiedBy, @Nullable Instant verifiedAt, List<Claim> claims) {
    }

    /** A claim: the quoted span, what it is taken to say, its date and where it stands. */
    public record Claim(long id, String quote, String prefix, String suffix, String statement, @Nullable DateValue date,
                        Citation citation) {
    }

    /** The source a claim quotes; {@code start}/{@code end} count code points, end exclusive. */
    public record Citation(long sourceId, String outlet, String title, @Nullable String url, @Nullable LocalDate publishedOn,
                           String sha256, int start, int end) {
    }

    /**
     * A ruling. {@code sides} names the articles of its first and second passage (as {@code ArticleName.distinct}
     * does), so a verdict reads "Reuters is right"; {@code wrongClaimIds} are the claims quoting a passage the
     * verdict says is wrong.
     */
    public record ResolvedDiscrepancy(long id, String kind, String verdict, @Nullable String correctValue, String reason,
                                      String note, @Nullable String evidence, @Nullable String resolvedBy,
                                      @Nullable Instant resolvedAt, @Nullable Long eventId, List<Long> claimIds,
                                      List<String> sides, List<Long> wrongClaimIds) {

        public ResolvedDiscrepancy(long id, String kind, String verdict, @Nullable String correctValue, String reason,
                                   String note, @Nullable String evidence, @Nullable String resolvedBy,
                                   @Nullable Instant resolvedAt, @Nullable Long eventId, List<Long> claimIds) {
            this(id, kind, verdict, correctValue, reason, note, evidence, resolvedBy, resolvedAt, eventId, claimIds, List.of(), List.of());
        }
    }

    /** A discrepancy still waiting for a reviewer's verdict (accepted, or marked by hand). */
    public record OpenDiscrepancy(long id, String kind, String summary, @Nullable Long eventId, List<Long> claimIds) {
    }
}
