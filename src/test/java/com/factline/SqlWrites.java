package com.factline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the SQL writes in a Java source file: {@code insert into}, {@code update … set},
 * {@code delete from}, {@code merge into … using} and {@code copy … from} inside its string literals and
 * text blocks, with the table and (for updates and inserts) the columns written. Plain Java, no
 * database: {@link TableOwnershipTest} runs it over the main sources.
 */
final class SqlWrites {

    /** One write: {@code columns} empty when the statement names none (delete, an insert without a column list). */
    record Write(String table, Set<String> columns, String statement) {
    }

    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:(insert\\s+into|delete\\s+from|merge\\s+into(?=\\s+\"?[a-z_][a-z0-9_]*\"?(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?\\s+using\\b))"
                    + "\\s+\"?([a-z_][a-z0-9_]*)\"?(\\s*\\(([^)]*)\\))?"
                    + "|update\\s+\"?([a-z_][a-z0-9_]*)\"?\\s+set\\s+(.*?)(?=\\bwhere\\b|\\breturning\\b|\\bfrom\\b|$)"
                    + "|copy\\s+\"?([a-z_][a-z0-9_]*)\"?\\s*(?:\\([^)]*\\))?\\s+from\\s+(?:stdin|program|'))",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** {@code column =} at the top level of a set list (not {@code = }inside an expression's parentheses). */
    private static final Pattern ASSIGNED = Pattern.compile("(?:^|,)\\s*\"?([a-z_][a-z0-9_]*)\"?\\s*=", Pattern.CASE_INSENSITIVE);

    private SqlWrites() {
    }

    /** The writes in one Java source text. */
    static List<Write> in(String javaSource) {
        List<Write> writes = new ArrayList<>();
        for (String sql : literals(javaSource)) {
            Matcher m = WRITE.matcher(sql);
            while (m.find()) {
                if (m.group(2) != null) {
                    Set<String> cols = new LinkedHashSet<>();
                    if (m.group(1).toLowerCase(Locale.ROOT).startsWith("insert") && m.group(4) != null) {
                        for (String c : m.group(4).split(",")) {
                            if (!c.isBlank()) {
                                cols.add(c.strip().replace("\"", "").toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                    writes.add(new Write(m.group(2).toLowerCase(Locale.ROOT), cols, m.group().strip()));
                } else if (m.group(5) != null) {
                    writes.add(new Write(m.group(5).toLowerCase(Locale.ROOT), assigned(m.group(6)), m.group().strip()));
                } else {
                    writes.add(new Write(m.group(7).toLowerCase(Locale.ROOT), Set.of(), m.group().strip()));
                }
            }
        }
        return writes;
    }

    /** The columns assigned at the top level of a set list. */
    private static Set<String> assigned(String setList) {
        StringBuilder top = new StringBuilder();
        int depth = 0;
        for (char ch : setList.toCharArray()) {
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                top.append(ch);
            }
        }
        Set<String> cols = new LinkedHashSet<>();
        // Only "col =" directly after the start or a comma; "case when x = y" never follows one.
        Matcher m = ASSIGNED.matcher(top);
        while (m.find()) {
            cols.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return cols;
    }

    /**
     * The file's string literals, adjacent ones joined (so {@code "update x set " + cols + " where"}
     * reads as one statement), each text block whole. Comments are skipped.
     */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                i = src.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                statement.append(' ').append(src, i + 3, end);
                i = Math.min(n, end + 3);
            } else if (c == '"') {
                int j = i + 1;
                StringBuilder s = new StringBuilder();
                while (j < n && src.charAt(j) != '"' && src.charAt(j) != '\n') {
                    if (src.charAt(j) == '\\' && j + 1 < n) {
                        s.append(src.charAt(j + 1));
                        j += 2;
                    } else {
                        s.append(src.charAt(j++));
                    }
                }
                statement.append(s);
                i = j + 1;
            } else if (c == '\'' ) {
                // a char literal such as '"' must not open a string
                int end = src.indexOf('\'', i + (i + 1 < n && src.charAt(i + 1) == '\\' ? 3 : 2));
                i = end < 0 ? n : end + 1;
            } else if (c == ';' || c == '{' || c == '}') {
                flush(statement, out);
                i++;
            } else {
                i++;
            }
        }
        flush(statement, out);
        return out;
    }

    private static void flush(StringBuilder statement, List<String> out) {
        if (!statement.isEmpty()) {
            out.add(statement.toString());
            statement.setLength(0);
        }
    }
}
