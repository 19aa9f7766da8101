package io.forgeline.platform.replica;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One row of a read model, written as a single upsert guarded by {@code where <table>.version < new version}:
 * the check and the write are one statement, so two deliveries racing (a rebalance) cannot both win.
 * The table needs a primary key on the key column and a {@code version bigint not null} column.
 *
 * <pre>{@code
 * VersionedRow.of("item", "code", event.getCode(), event.getVersion())
 *         .set("description", event.getDescription())
 *         .applyIfNewer();
 * }</pre>
 */
public final class VersionedRow {

    static final String VERSION = "version";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final String table;
    private final String keyColumn;
    private final Object key;
    private final long version;
    private final Map<String, Object> columns = new LinkedHashMap<>();

    private VersionedRow(String table, String keyColumn, Object key, long version) {
        this.table = identifier(table);
        this.keyColumn = identifier(keyColumn);
        if (key == null) {
            throw new IllegalArgumentException("a " + table + " row needs a value for " + keyColumn);
        }
        this.key = key;
        this.version = version;
    }

    /**
     * @param table     the read-model table, e.g. {@code item}
     * @param keyColumn its primary key column, the topic's record key
     * @param version   the producer's version of this value; only a greater one replaces a stored row
     */
    public static VersionedRow of(String table, String keyColumn, Object key, long version) {
        return new VersionedRow(table, keyColumn, key, version);
    }

    /** Sets a column; {@code null} stores SQL null. Instants are stored as UTC timestamps. */
    public VersionedRow set(String column, Object value) {
        identifier(column);
        if (column.equals(keyColumn) || column.equals(VERSION)) {
            throw new IllegalArgumentException(column + " of " + table + " is set by VersionedRow.of, not by set");
        }
        if (columns.containsKey(column)) {
            throw new IllegalArgumentException(column + " of " + table + " is set twice");
        }
        columns.put(column, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        return this;
    }

    /**
     * Inserts the row, or replaces the stored one if this version is newer; otherwise changes nothing.
     * Runs in the caller's session and transaction (the consumer's, next to its processed {@code ce_id}).
     *
     * @return true when the row was written, false when the stored version was the same or newer
     */
    public Uni<Boolean> applyIfNewer() {
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql());
            List<Object> parameters = parameters();
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query.executeUpdate();
        }).map(written -> written > 0);
    }

    String sql() {
        List<String> names = new ArrayList<>();
        names.add(keyColumn);
        names.addAll(columns.keySet());
        names.add(VERSION);
        String placeholders = IntStream.rangeClosed(1, names.size())
                .mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
        String updates = names.stream().skip(1)
                .map(name -> name + " = excluded." + name).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", names) + ") values (" + placeholders + ")"
                + " on conflict (" + keyColumn + ") do update set " + updates
                + " where " + table + "." + VERSION + " < excluded." + VERSION;
    }

    List<Object> parameters() {
        List<Object> parameters = new ArrayList<>();
        parameters.add(key);
        parameters.addAll(columns.values());
        parameters.add(version);
        return parameters;
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a lower-case SQL identifier: " + name);
        }
        return name;
    }
}
