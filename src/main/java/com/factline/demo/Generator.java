package com.factline.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a large, realistic project for scale tests: sources with news-like text, claims that
 * quote real spans of them with dates, events that group claims. Written in batches in one
 * transaction per table, straight into the database.
 */
@Component
public class Generator {

    private static final String[] PEOPLE = {"Xi Jinping", "Vladimir Putin", "Dmitry Peskov", "Antony Blinken", "John Kirby",
            "Volodymyr Zelensky", "Maria Zakharova", "Wang Yi", "Sergei Lavrov", "Karim Khan"};
    private static final String[] PLACES = {"Moscow", "Beijing", "Kyiv", "The Hague", "Washington", "Brussels", "Minsk", "Ankara"};
    private static final String[] VERBS = {"said", "announced", "met", "arrived in", "told reporters in", "left", "warned", "signed a deal in"};
    private static final String[] OUTLETS = {"Associated Press", "Reuters", "CNN", "The New York Times", "BBC", "Al Jazeera", "AFP", "Le Monde"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;

    Generator(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
    }

    public record Result(long projectId, int sources, int events, int claims, long millis) {
    }

    public Result generate(String name, int sources, int events, int claims, long seed) {
        long began = System.currentTimeMillis();
        Random r = new Random(seed);
        Long projectId = tx.execute(s -> {
            long userId = jdbc.sql("select id from app_user order by (role = 'ADMIN') desc, id limit 1").query(Long.class).single();
            long p = jdbc.sql("insert into project (name, description, created_by) values (?, 'Generated for scale tests', ?) returning id")
                    .params(name, userId).query(Long.class).single();
            jdbc.sql("""
                    insert into project_member (project_id, user_id, role)
                    select ?, id, case when id = ? then 'owner' when role = 'REVIEWER' then 'reviewer' else 'editor' end from app_user""")
                    .params(p, userId).update();
            LocalDate base = LocalDate.of(2023, 1, 1);
            List<Object[]> srcRows = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < sources; i++) {
                StringBuilder text = new StringBuilder();
                int sentences = 20 + r.nextInt(30);
                for (int k = 0; k < sentences; k++) {
                    text.append(PEOPLE[r.nextInt(PEOPLE.length)]).append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(' ')
                            .append(PLACES[r.nextInt(PLACES.length)]).append(" on ").append(base.plusDays(r.nextInt(365)))
                            .append(" that talks would continue. ");
                }
                String t = text.toString().strip() + " (" + i + ")";
                texts.add(t);
                srcRows.add(new Object[] {p, "Report " + i + ": " + PEOPLE[r.nextInt(PEOPLE.length)] + " in " + PLACES[r.nextInt(PLACES.length)],
                        OUTLETS[r.nextInt(OUTLETS.length)], Date.valueOf(base.plusDays(r.nextInt(365))), t, com.factline.base.Sha256.hex(t), t.length(), userId});
            }
            template.batchUpdate("insert into source (project_id, title, outlet, published_on, body, sha256, char_count, imported_by) values (?,?,?,?,?,?,?,?)", srcRows);
            List<Long> sourceIds = jdbc.sql("select id from source where project_id = ? order by id").param(p).query(Long.class).list();
            List<Object[]> evRows = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                LocalDate d = base.plusDays(r.nextInt(365));
                int kind = r.nextInt(10);
                LocalDate e = kind < 7 ? d : kind < 9 ? d.withDayOfMonth(1) : d;
                LocalDate l = kind < 7 ? d : kind < 9 ? d.withDayOfMonth(d.lengthOfMonth()) : d.plusDays(2);
                String precision = kind < 7 ? "day" : kind < 9 ? "month" : "range";
                String edtf = kind < 7 ? d.toString() : kind < 9 ? d.toString().substring(0, 7) : e + "/" + l;
                String status = new String[] {"draft", "draft", "draft", "verified"}[r.nextInt(4)];
                evRows.add(new Object[] {p, PEOPLE[r.nextInt(PEOPLE.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " " + PLACES[r.nextInt(PLACES.length)] + " #" + i,
                        Date.valueOf(e), Date.valueOf(l), precision, edtf, status, status.equals("verified") ? userId : null,
                        status.equals("verified") ? new java.sql.Timestamp(System.currentTimeMillis()) : null, userId});
            }
            template.batchUpdate("insert into event (project_id, title, date_earliest, date_latest, date_precision, date_edtf, date_mode, status, verified_by, verified_at, last_edited_by) values (?,?,?,?,?,?,'manual',?,?,?,?)", evRows);
            List<Long> eventIds = jdbc.sql("select id from event where project_id = ? order by id").param(p).query(Long.class).list();
            List<Object[]> clRows = new ArrayList<>();
            for (int i = 0; i < claims; i++) {
                int si = r.nextInt(sourceIds.size());
                String t = texts.get(si);
                int start = r.nextInt(Math.max(1, t.length() - 80));
                int end = start + 20 + r.nextInt(60);
                LocalDate d = base.plusDays(r.nextInt(365));
                clRows.add(new Object[] {p, sourceIds.get(si), start, end, t.substring(start, end),
                        t.substring(Math.max(0, start - 32), start), t.substring(end, Math.min(t.length(), end + 32)),
                        "Generated claim " + i, Date.valueOf(d), Date.valueOf(d), "day", d.toString(),
                        r.nextInt(10) < 9 && !eventIds.isEmpty() ? eventIds.get(r.nextInt(eventIds.size())) : null, userId, userId});
            }
            template.batchUpdate("insert into claim (project_id, source_id, start_offset, end_offset, quote, prefix, suffix, statement, date_earliest, date_latest, date_precision, date_edtf, event_id, created_by, updated_by) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", clRows);
            // Each claim keeps its source's publication date (the claim list's order, V13).
            jdbc.sql("update claim c set source_published_on = s.published_on from source s where c.project_id = ? and s.id = c.source_id")
                    .param(p).update();
            return p;
        });
        jdbc.sql("analyze").update();
        return new Result(projectId, sources, events, claims, System.currentTimeMillis() - began);
    }

}
