import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A genealogy of about ten million edges in execution's schema, then traces five levels deep with the service's own
 * recursive queries. Five BOM levels of produced lots above a level of received lots: every produced lot consumed
 * {@code components} lots of the level below, picked by a hash, so a lower lot goes into a varying number of higher
 * lots (none for some, many for others) as real material does. Prints figures and, last, the line
 * {@code genealogy edges=<n> backward_p99_ms=<x> forward_p99_ms=<y>}; never fails on timing. JDK plus the JDBC driver.
 */
public class GenealogyBench {

    static final int LEVELS = 5;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path queries = Path.of(args[1]);
        int lotsPerLevel = args.length > 2 ? Integer.parseInt(args[2]) : 666_667;
        int components = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int traces = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        try (Connection db = DriverManager.getConnection(url, "forgeline", "")) {
            long edges = generate(db, lotsPerLevel, components);
            String backward = jdbc(Files.readString(queries.resolve("backward.sql")));
            String forward = jdbc(Files.readString(queries.resolve("forward.sql")));
            // warm the caches as a running service's would be, then measure
            measure(db, backward, "ITEM-L" + LEVELS, lotsPerLevel, traces / 5);
            measure(db, forward, "ITEM-L0", lotsPerLevel, traces / 5);
            double[] back = measure(db, backward, "ITEM-L" + LEVELS, lotsPerLevel, traces);
            double[] fwd = measure(db, forward, "ITEM-L0", lotsPerLevel, traces);
            System.out.printf("backward: %d traces from finished lots (level %d) down to received lots: p50 %.1f ms, p99 %.1f ms, "
                    + "%.0f edges a trace on average%n", traces, LEVELS, back[0], back[1], back[2]);
            System.out.printf("forward: %d traces from received lots (level 0) up to finished lots: p50 %.1f ms, p99 %.1f ms, "
                    + "%.0f edges a trace on average%n", traces, fwd[0], fwd[1], fwd[2]);
            System.out.printf("genealogy edges=%d backward_p99_ms=%.1f forward_p99_ms=%.1f%n", edges, back[1], fwd[1]);
        }
    }

    /** The edges, written with the table's indexes dropped and then built again exactly as the migrations made them. */
    static long generate(Connection db, int lotsPerLevel, int components) throws Exception {
        long started = System.nanoTime();
        List<String> indexes = new ArrayList<>();
        try (Statement sql = db.createStatement()) {
            try (ResultSet found = sql.executeQuery("select indexdef from pg_indexes where tablename = 'genealogy_edge' "
                    + "and indexname not in ('genealogy_edge_pkey', 'genealogy_edge_consumption_id_to_item_to_lot_key')")) {
                while (found.next()) {
                    indexes.add(found.getString(1));
                }
            }
            sql.execute("alter table genealogy_edge drop constraint genealogy_edge_pkey");
            sql.execute("alter table genealogy_edge drop constraint genealogy_edge_consumption_id_to_item_to_lot_key");
            for (String index : indexes) {
                sql.execute("drop index " + index.replaceFirst("(?s).*INDEX (\\S+) ON.*", "$1"));
            }
            for (int level = 1; level <= LEVELS; level++) {
                sql.execute("""
                        insert into genealogy_edge (id, from_item, from_lot, to_item, to_lot, order_id, order_number, operation_sequence,
                                                    quantity, unit, consumption_id, consumed_at, consumed_by, linked_at)
                        select gen_random_uuid(), 'ITEM-L%1$d', 'L%1$d-' || (abs(hashtext(%2$d || '/' || i || '/' || j)) %% %3$d),
                               'ITEM-L%2$d', 'L%2$d-' || i, md5('%2$d/' || i)::uuid, 'MO-%2$d-' || i, 10 * j, 1, 'PCE',
                               gen_random_uuid(), now(), 'bench', now()
                        from generate_series(0, %3$d - 1) i, generate_series(1, %4$d) j
                        """.formatted(level - 1, level, lotsPerLevel, components));
                System.out.printf("level %d: %,d lots of %d components written (%.0f s)%n", level, lotsPerLevel, components,
                        (System.nanoTime() - started) / 1e9);
            }
            sql.execute("alter table genealogy_edge add primary key (id)");
            sql.execute("alter table genealogy_edge add constraint genealogy_edge_consumption_id_to_item_to_lot_key "
                    + "unique (consumption_id, to_item, to_lot)");
            for (String index : indexes) {
                sql.execute(index);
            }
            sql.execute("vacuum analyze genealogy_edge");
            try (ResultSet count = sql.executeQuery("select count(*) from genealogy_edge")) {
                count.next();
                long edges = count.getLong(1);
                System.out.printf("genealogy: %,d edges over %d levels above the received lots, indexes built, in %.0f s%n", edges, LEVELS,
                        (System.nanoTime() - started) / 1e9);
                return edges;
            }
        }
    }

    /** p50, p99 (ms) and the mean number of edges of {@code traces} traces from random lots of {@code item}. */
    static double[] measure(Connection db, String query, String item, int lotsPerLevel, int traces) throws Exception {
        double[] millis = new double[traces];
        long edges = 0;
        String level = item.substring("ITEM-".length() + 1);
        try (PreparedStatement trace = db.prepareStatement(query)) {
            for (int n = 0; n < traces; n++) {
                trace.setString(1, item);
                trace.setString(2, "L" + level + "-" + ThreadLocalRandom.current().nextInt(lotsPerLevel));
                trace.setInt(3, 64);
                long started = System.nanoTime();
                try (ResultSet rows = trace.executeQuery()) {
                    while (rows.next()) {
                        edges++;
                    }
                }
                millis[n] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[traces / 2], millis[(int) Math.ceil(traces * 0.99) - 1], (double) edges / traces};
    }

    /** The service's query with JDBC's positional markers instead of Hibernate's numbered ones. */
    static String jdbc(String query) {
        return query.replace("?1", "?").replace("?2", "?").replace("?3", "?");
    }
}
