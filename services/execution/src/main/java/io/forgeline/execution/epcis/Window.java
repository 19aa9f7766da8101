package io.forgeline.execution.epcis;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The part of every source's SQL that makes it a page of events: the event time window, the start after the previous
 * page's last event, the order of pages and one row more than the page (to know whether another page follows). Keys
 * compare in the "C" collation, byte by byte, as {@link Cursor} compares them in Java.
 */
final class Window {

    private final String time;
    private final String key;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final int limit;

    private Window(EventQuery query, int kind, String time, String key) {
        this.time = time;
        this.key = "(" + key + ") collate \"C\"";
        this.limit = query.perPage() + 1;
        query.from().ifPresent(from -> and(time + " >= ?", utc(from)));
        query.before().ifPresent(before -> and(time + " < ?", utc(before)));
        query.after().ifPresent(after -> and("(" + time + ", " + kind + ", " + this.key + ") > (?, ?, ?)",
                utc(after.time()), after.kind(), after.key()));
    }

    /** As the reactive driver binds a timestamptz. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A source whose events of {@code kind} happen at {@code time} and are told apart by {@code key} (SQL expressions). */
    static Window of(EventQuery query, int kind, String time, String key) {
        return new Window(query, kind, time, key);
    }

    /** Only rows of the filter's lots, when it names any: {@code item} and {@code lot} are the rows' columns. */
    Window ofLots(LotFilter lots, String item, String lot) {
        lots.toRead().ifPresent(named -> and(pairs(item, lot, named.size()), LotRef.values(named)));
        return this;
    }

    /** One more condition; each '?' in it takes the next of {@code values}. */
    Window and(String condition, Object... values) {
        StringBuilder numbered = new StringBuilder();
        int value = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                parameters.add(values[value++]);
                numbered.append('?').append(parameters.size());
            } else {
                numbered.append(c);
            }
        }
        conditions.add(numbered.toString());
        return this;
    }

    /** Runs {@code select … from …} within the window; the last two columns are the event time (ISO-8601 UTC) and the key. */
    Uni<List<Object[]>> rows(Mutiny.Session session, String select, String from) {
        String sql = select + ", to_char(" + time + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), " + key
                + " from " + from + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + time + ", " + key + " limit " + limit;
        Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    /**
     * The rows of {@code sql} (whose "%s" takes the pairs) for the values of columns {@code first} and {@code second} of
     * each parent row, grouped by the first two columns of the answer as "a/b".
     */
    static Uni<Map<String, List<Object[]>>> children(Mutiny.Session session, String sql, List<Object[]> parents, int first, int second) {
        Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(
                sql.formatted(String.join(", ", Collections.nCopies(parents.size(), "(?, ?)"))), Object[].class);
        for (int i = 0; i < parents.size(); i++) {
            query.setParameter(2 * i + 1, parents.get(i)[first]);
            query.setParameter(2 * i + 2, parents.get(i)[second]);
        }
        return query.getResultList().map(rows -> {
            Map<String, List<Object[]>> byParent = new LinkedHashMap<>();
            rows.forEach(row -> byParent.computeIfAbsent(row[0] + "/" + row[1], parent -> new ArrayList<>()).add(row));
            return byParent;
        });
    }

    /** "(a, b) in ((?, ?), …)" for pairs of values; "false" for none. */
    static String pairs(String left, String right, int count) {
        if (count == 0) {
            return "false";
        }
        return "(" + left + ", " + right + ") in (" + String.join(", ", Collections.nCopies(count, "(?, ?)")) + ")";
    }
}
