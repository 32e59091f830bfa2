package com.factline.collab;

import com.factline.temporal.DatePrecision;
import com.factline.temporal.DateValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one audit entry's before/after JSON into the fields it changed, with labels and values
 * as people read them. A create lists the fields it set, a delete the fields it removed.
 * Bookkeeping fields (version, ids of the row itself, timestamps, fingerprints) are left out.
 * Pure: no Spring, no database.
 */
public final class ChangeDiff {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> NOISE = Set.of("id", "version", "fingerprint", "updatedAt", "createdAt", "lastEditedAt",
            "verifiedAt", "resolvedAt", "dismissedAt");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "Title"), Map.entry("summary", "Summary"), Map.entry("location", "Location"),
            Map.entry("date", "Date"), Map.entry("dateMode", "Date is"), Map.entry("status", "Status"),
            Map.entry("claimIds", "Claims"), Map.entry("statement", "Statement"), Map.entry("eventId", "Event"),
            Map.entry("sourceId", "Source"), Map.entry("start", "Quote starts at"), Map.entry("end", "Quote ends at"),
            Map.entry("quote", "Quote"), Map.entry("kind", "Kind"), Map.entry("note", "Note"), Map.entry("reason", "Reason"),
            Map.entry("spans", "Passages"), Map.entry("verdict", "Verdict"), Map.entry("correctValue", "Correct value"),
            Map.entry("evidence", "Evidence"), Map.entry("dismissReason", "Why dismissed"),
            Map.entry("verifiedBy", "Verified by"), Map.entry("reverifyReason", "Why re-verify"),
            Map.entry("oldPublishedOn", "Publication date was"), Map.entry("newPublishedOn", "Publication date now"),
            Map.entry("current", "Date as resolved"), Map.entry("proposed", "Date against the new publication date"),
            Map.entry("publishedOn", "Published on"), Map.entry("outlet", "Outlet"), Map.entry("url", "URL"));
    /** The order fields are listed in (the database keeps JSON keys in its own order); others follow. */
    private static final List<String> ORDER = List.of("title", "summary", "location", "quote", "statement", "date", "dateMode",
            "status", "claimIds", "eventId", "kind", "note", "reason", "spans", "verdict", "correctValue", "evidence",
            "dismissReason", "verifiedBy", "reverifyReason", "sourceId", "start", "end");
    private static final Pattern MERGE_INTO = Pattern.compile("merge-into-(\\d+)");
    private static final Pattern REVERT = Pattern.compile("revert-(\\d+)");

    private ChangeDiff() {
    }

    /** The changed fields of one entry; before/after are the entry's JSON text (null when absent). */
    public static List<FieldChange> of(@Nullable String before, @Nullable String after) {
        return of(parse(before), parse(after));
    }

    public static List<FieldChange> of(@Nullable JsonNode before, @Nullable JsonNode after) {
        JsonNode b = objectOrNull(before);
        JsonNode a = objectOrNull(after);
        Set<String> present = new LinkedHashSet<>();
        if (b != null) {
            present.addAll(b.propertyNames());
        }
        if (a != null) {
            present.addAll(a.propertyNames());
        }
        Set<String> keys = new LinkedHashSet<>();
        ORDER.stream().filter(present::contains).forEach(keys::add);
        keys.addAll(present);
        List<FieldChange> out = new ArrayList<>();
        for (String key : keys) {
            if (NOISE.contains(key)) {
                continue;
            }
            JsonNode old = b == null ? null : present(b.get(key));
            JsonNode now = a == null ? null : present(a.get(key));
            if (b != null && a != null && same(old, now)) {
                continue;
            }
            if ((b == null && empty(now)) || (a == null && empty(old))) {
                continue; // a create that left a field empty, or a delete of an empty field: nothing to say
            }
            out.add(new FieldChange(key, label(key), b == null ? null : value(key, old), a == null ? null : value(key, now)));
        }
        return out;
    }

    /** The keys whose values differ between before and after (both present): what a revert sets back. */
    public static Set<String> changedKeys(@Nullable JsonNode before, @Nullable JsonNode after) {
        Set<String> out = new LinkedHashSet<>();
        if (objectOrNull(before) == null || objectOrNull(after) == null) {
            return out;
        }
        Set<String> keys = new LinkedHashSet<>(before.propertyNames());
        keys.addAll(after.propertyNames());
        for (String k : keys) {
            if (!same(present(before.get(k)), present(after.get(k)))) {
                out.add(k);
            }
        }
        return out;
    }

    /** Two JSON values are the same field value (missing and null alike, 5 and 5L alike). */
    public static boolean same(@Nullable JsonNode x, @Nullable JsonNode y) {
        JsonNode a = present(x);
        JsonNode b = present(y);
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>(a.propertyNames());
            keys.addAll(b.propertyNames());
            return keys.stream().allMatch(k -> same(a.get(k), b.get(k)));
        }
        return a.equals(b);
    }

    /** What happened, in words: "edited", "attached claims", "reverted change #12". */
    public static String actionLabel(String action) {
        Matcher m = MERGE_INTO.matcher(action);
        if (m.matches()) {
            return "merged into event #" + m.group(1);
        }
        m = REVERT.matcher(action);
        if (m.matches()) {
            return "reverted change #" + m.group(1);
        }
        return switch (action) {
            case "create" -> "created";
            case "update" -> "edited";
            case "delete" -> "deleted";
            case "attach" -> "attached claims";
            case "merge" -> "merged another event in";
            case "verify" -> "verified";
            case "needs-reverification" -> "sent back for re-verification";
            case "mark" -> "marked";
            case "suggest" -> "suggested by the software";
            case "accept" -> "accepted";
            case "dismiss" -> "dismissed";
            case "resolve" -> "resolved";
            case "reopen" -> "reopened";
            case "accept-new-date" -> "took the date against the new publication date";
            case "keep-date" -> "kept the date";
            case "flag-date-check" -> "flagged: publication date changed";
            case "import" -> "imported";
            case "withdraw" -> "withdrew (no longer found)";
            case "recompute" -> "recomputed";
            case "restore" -> "restored from a backup";
            case "add" -> "added";
            case "remove" -> "removed";
            case "revoke" -> "revoked";
            case "enable" -> "enabled";
            case "disable" -> "disabled";
            case "unlock" -> "unlocked";
            case "end" -> "ended";
            default -> action.replace('-', ' ');
        };
    }

    /** The audit entry a revert entry undid, from its action ("revert-12"), or null. */
    public static @Nullable Long revertedEntry(String action) {
        Matcher m = REVERT.matcher(action);
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    static String label(String key) {
        String known = LABELS.get(key);
        if (known != null) {
            return known;
        }
        // camelCase to words: "publishedOn" -> "Published on"
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String value(String key, @Nullable JsonNode v) {
        if (v == null) {
            return "(none)";
        }
        if (v.isArray()) {
            if (v.isEmpty()) {
                return "(none)";
            }
            List<String> parts = new ArrayList<>();
            for (JsonNode item : v.values()) {
                parts.add(key.endsWith("Ids") && item.isIntegralNumber() ? "#" + item.asLong()
                        : item.isObject() && item.has("text") ? "\u201c" + item.get("text").asString() + "\u201d"
                        : value("", item));
            }
            return String.join(", ", parts);
        }
        if (v.isObject()) {
            String date = dateOf(v);
            if (date != null) {
                return date;
            }
            if (v.has("display") && v.get("display").isString()) {
                return v.get("display").asString();
            }
            List<String> parts = new ArrayList<>();
            for (var e : v.properties()) {
                parts.add(label(e.getKey()).toLowerCase(Locale.ROOT) + " " + value(e.getKey(), e.getValue()));
            }
            return String.join(", ", parts);
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "yes" : "no";
        }
        if (v.isIntegralNumber()) {
            return key.endsWith("Id") ? "#" + v.asLong() : v.asString();
        }
        String s = v.asString();
        if (s.isEmpty()) {
            return "(empty)";
        }
        return switch (key) {
            case "status" -> s.replace("needs_reverification", "needs re-verification").replace('_', ' ');
            case "dateMode" -> switch (s) {
                case "derived" -> "derived from claims";
                case "manual" -> "set by hand";
                default -> s;
            };
            case "verdict" -> switch (s) {
                case "a_right" -> "first source right";
                case "b_right" -> "second source right";
                case "both_wrong" -> "both wrong";
                case "unresolvable" -> "cannot be resolved";
                case "not_real" -> "not a real discrepancy";
                default -> s;
            };
            default -> isoDate(s);
        };
    }

    /** A stored date interval {earliest, latest, precision}, as people write it. */
    private static @Nullable String dateOf(JsonNode v) {
        if (!v.has("earliest") || !v.has("latest")) {
            return null;
        }
        try {
            LocalDate e = LocalDate.parse(v.get("earliest").asString());
            LocalDate l = LocalDate.parse(v.get("latest").asString());
            DatePrecision p = v.has("precision") && v.get("precision").isString()
                    ? DateValue.parsePrecision(v.get("precision").asString()) : DateValue.guessPrecision(e, l);
            return new DateValue(e, l, p, null).display();
        } catch (DateTimeParseException | IllegalArgumentException ex) {
            return null;
        }
    }

    /** "2023-03-17" reads "17 March 2023"; anything else stays as it is. */
    private static String isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            try {
                return DateValue.day(LocalDate.parse(s)).display();
            } catch (DateTimeParseException ex) {
                return s;
            }
        }
        return s;
    }

    private static boolean empty(@Nullable JsonNode n) {
        return n == null || (n.isString() && n.asString().isEmpty()) || (n.isArray() && n.isEmpty());
    }

    private static @Nullable JsonNode present(@Nullable JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }

    private static @Nullable JsonNode objectOrNull(@Nullable JsonNode n) {
        return n != null && n.isObject() ? n : null;
    }

    /** An audit entry's before/after JSON as a tree; null when empty or not JSON (such an entry still gets a sentence). */
    static @Nullable JsonNode parse(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
