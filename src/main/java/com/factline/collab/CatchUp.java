package com.factline.collab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an instance's change listener has heard of the durable audit log, and what it missed (issue #18). A change's
 * notice is sent after its commit, so a crash between the two (or a listener away from the database) loses it; its
 * audit entry, committed with the change, is not lost. The listener reads the entries written since its last look
 * every few seconds; an entry whose notice was not heard is handed on as if its notice had come, one look later (its
 * notice may still be on its way at the first look: a change then arrives once, not twice).
 *
 * <p>Entries commit out of id order (an id is taken at the insert, the row is seen at the commit), so the ids skipped
 * at a look are kept as gaps and looked for again, for {@link #GAP_MILLIS} (most are rolled-back writes, which never
 * appear). Pure and bounded: at most {@link #MAX_GAPS} gaps, and the entries heard but not yet read.
 */
final class CatchUp {

    /** How long an id skipped at a look is looked for again: longer than a write's transaction lasts. */
    static final long GAP_MILLIS = 10 * 60_000;
    /** The most skipped ids kept (the oldest go first). */
    static final int MAX_GAPS = 10_000;

    /** One entry of the audit log, as the look reads it. */
    record Row(long id, @Nullable Long projectId, String entityType, @Nullable Long entityId, String action, String actor) {
    }

    /** Every id up to here was read, or is a gap. */
    private long high;
    /** Ids at or below {@link #high} not read yet, with when they were skipped (ascending ids, oldest first). */
    private final LinkedHashMap<Long, Long> gaps = new LinkedHashMap<>();
    /** Entries heard by notice that the look has not read yet. */
    private final Set<Long> heard = new HashSet<>();
    /** Entries read but not heard at the last look: handed on at the next unless heard meanwhile. */
    private final Map<Long, ChangeNotice> unheard = new LinkedHashMap<>();

    /** Starts after {@code high}: everything up to it is taken as heard (an instance starting has nothing to forget). */
    CatchUp(long high) {
        this.high = high;
    }

    /** A notice named this entry. */
    synchronized void heard(long id) {
        if (unheard.remove(id) == null && (id > high || gaps.containsKey(id))) {
            heard.add(id);
        }
    }

    /** The look reads entries above this id ... */
    synchronized long high() {
        return high;
    }

    /** ... and these. */
    synchronized Long[] gaps() {
        return gaps.keySet().toArray(Long[]::new);
    }

    /**
     * What a look read ({@code rows}: the entries above {@link #high()} or among {@link #gaps()}, ascending ids); returns
     * the changes to hand on now: those read at the previous look and still not heard.
     */
    synchronized List<ChangeNotice> read(List<Row> rows, long nowMillis) {
        List<ChangeNotice> missed = new ArrayList<>(unheard.values());
        unheard.clear();
        for (Row r : rows) {
            if (r.id() > high) {
                for (long g = Math.max(high + 1, r.id() - MAX_GAPS); g < r.id(); g++) {
                    gaps.put(g, nowMillis);
                }
                high = r.id();
            } else if (gaps.remove(r.id()) == null) {
                continue; // read before
            }
            if (heard.remove(r.id())) {
                continue;
            }
            if (r.projectId() != null) {
                unheard.put(r.id(), new ChangeNotice(r.projectId(), r.entityType(), r.entityId(), r.action(), r.actor()));
            }
        }
        for (Iterator<Map.Entry<Long, Long>> it = gaps.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Long> g = it.next();
            if (gaps.size() > MAX_GAPS || nowMillis - g.getValue() > GAP_MILLIS) {
                heard.remove(g.getKey());
                it.remove();
            }
        }
        heard.removeIf(id -> id <= high && !gaps.containsKey(id));
        return missed;
    }
}
