package com.factline.collab;

import com.factline.base.ArticleName;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One line of the activity feed as a sentence: "bob changed the date of claim 12 from 20–26 March
 * 2023 to 17 March 2023", "carol verified event “ICC warrant”". Pure; built from the audit entry's
 * action and its before/after fields (read through {@link ChangeDiff}), never shown as JSON.
 */
public final class ActivitySentence {

    private static final Pattern MERGE_INTO = Pattern.compile("merge-into-(\\d+)");
    private static final Pattern REVERT = Pattern.compile("revert-(\\d+)");
    /** Longer values are cut in the sentence; the detail shows them whole. */
    static final int VALUE_CHARS = 60;

    private ActivitySentence() {
    }

    public static String of(Activity a) {
        JsonNode before = ChangeDiff.parse(a.before());
        JsonNode after = ChangeDiff.parse(a.after());
        String who = "system".equals(a.actor()) ? "Factline" : a.actor();
        String thing = thing(a.entityType(), a.entityId(), before, after);
        String action = a.action();
        if (action.equals("update")) {
            List<FieldChange> changes = ChangeDiff.of(before, after);
            if (changes.isEmpty()) {
                return who + " saved " + thing + " without changes";
            }
            if (changes.size() == 1) {
                FieldChange c = changes.getFirst();
                String field = lower(c.label());
                if (c.oldValue() == null || c.oldValue().equals("(none)") || c.oldValue().equals("(empty)")) {
                    return who + " set the " + field + " of " + thing + " to " + cut(c.newValue());
                }
                if (c.newValue() == null || c.newValue().equals("(none)") || c.newValue().equals("(empty)")) {
                    return who + " cleared the " + field + " of " + thing + " (was " + cut(c.oldValue()) + ")";
                }
                return who + " changed the " + field + " of " + thing + " from " + cut(c.oldValue()) + " to " + cut(c.newValue());
            }
            List<String> fields = changes.stream().map(c -> lower(c.label())).toList();
            return who + " changed the " + list(fields) + " of " + thing;
        }
        Matcher m = MERGE_INTO.matcher(action);
        if (m.matches()) {
            return who + " merged " + thing + " into event " + m.group(1);
        }
        m = REVERT.matcher(action);
        if (m.matches()) {
            return who + " reverted change #" + m.group(1) + " on " + thing;
        }
        return switch (action) {
            case "attach" -> who + " attached claims to " + thing;
            case "merge" -> who + " merged another event into " + thing;
            case "needs-reverification" -> who + " sent " + thing + " back for re-verification";
            case "suggest" -> who + " suggested " + thing + what(after);
            case "accept-new-date" -> who + " took the date of " + thing + " against the new publication date";
            case "keep-date" -> who + " kept the date of " + thing;
            case "flag-date-check" -> who + " flagged " + thing + ": its article's publication date changed";
            case "withdraw" -> who + " withdrew suggested " + thing + what(before) + ": a new comparison no longer finds it";
            case "recompute" -> who + " recomputed the proposed events" + counts(after);
            case "restore" -> who + " restored " + thing + " from a backup";
            case "add" -> who + " added " + thing + role(after, " as ");
            case "remove" -> who + " removed " + thing + role(before, " (was ") + (role(before, "").isEmpty() ? "" : ")");
            default -> who + " " + ChangeDiff.actionLabel(action) + " " + thing;
        };
    }

    /** What the entry is about, as people name it: an article by outlet, date and headline; an event by its title. */
    static String thing(String type, @Nullable Long id, @Nullable JsonNode before, @Nullable JsonNode after) {
        JsonNode state = after != null && after.isObject() ? after : before != null && before.isObject() ? before : null;
        String n = id == null ? "" : " " + id;
        return switch (type) {
            case "source" -> {
                if (state != null && (text(state, "title") != null || text(state, "outlet") != null)) {
                    yield "article \u201c" + new ArticleName(orEmpty(text(state, "outlet")), date(text(state, "publishedOn")),
                            orEmpty(text(state, "title"))).full() + "\u201d";
                }
                yield "article" + n;
            }
            case "event" -> state != null && text(state, "title") != null ? "event \u201c" + cut(text(state, "title")) + "\u201d" : "event" + n;
            case "project" -> state != null && text(state, "name") != null ? "project \u201c" + cut(text(state, "name")) + "\u201d" : "the project";
            case "project_member" -> state != null && text(state, "username") != null ? "member " + text(state, "username")
                    : "a project membership";
            case "comment" -> "a comment" + (id == null ? "" : " (" + id + ")");
            default -> type.replace('_', ' ') + n;
        };
    }

    /**
     * What a suggested discrepancy says differs (its one-sentence reason, cut), quoted after the id, or nothing: the
     * feed lists a run's suggestions together, and "suggested discrepancy 9" alone tells nine rows apart by number only.
     */
    private static String what(@Nullable JsonNode state) {
        String reason = state == null || !state.isObject() ? null : text(state, "reason");
        return reason == null ? "" : " \u201c" + nested(cut(reason)) + "\u201d";
    }

    /**
     * Quotation marks inside a quotation turn single, as English writes a quote within a quote: a reason that itself
     * quotes the outlets ("\u201cboundless\u201d (AP) vs \u201climitless\u201d") would otherwise open with two marks.
     */
    static String nested(String quoted) {
        return quoted.replace('\u201c', '\u2018').replace('\u201d', '\u2019').replace('"', '\'');
    }

    /** A membership's role after {@code prefix}, or nothing. */
    private static String role(@Nullable JsonNode state, String prefix) {
        String role = state == null || !state.isObject() ? null : text(state, "role");
        return role == null ? "" : prefix + role;
    }

    /** ": 3 added, 1 updated, 0 removed" from a recompute's figures, or nothing when it carries none. */
    private static String counts(@Nullable JsonNode after) {
        if (after == null || !after.isObject()) {
            return "";
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String key : List.of("added", "updated", "removed")) {
            JsonNode v = after.get(key);
            if (v != null && v.isNumber()) {
                parts.add(v.asInt() + " " + key);
            }
        }
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    private static String list(List<String> fields) {
        if (fields.size() > 4) {
            return String.join(", ", fields.subList(0, 3)) + " and " + (fields.size() - 3) + " more fields";
        }
        return String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.getLast();
    }

    private static String lower(String label) {
        // "Title" -> "title", but "EDTF" stays
        return label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    static String cut(@Nullable String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= VALUE_CHARS ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, VALUE_CHARS)) + "\u2026";
    }

    private static @Nullable String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || !v.isString() || v.asString().isBlank() ? null : v.asString();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable LocalDate date(@Nullable String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
