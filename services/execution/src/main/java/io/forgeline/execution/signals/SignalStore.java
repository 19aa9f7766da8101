package io.forgeline.execution.signals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.forgeline.execution.signals.TimelineRule.CounterRow;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The signal tables. A batch is one statement per table, whatever its size: the readings travel as one JSON
 * parameter unpacked by {@code jsonb_to_recordset}, and {@code on conflict do nothing} on the natural key keeps a
 * reading delivered twice once. Runs in the caller's session or transaction.
 */
@ApplicationScoped
public class SignalStore {

    /** Instants leave PostgreSQL as microseconds since the epoch: no driver guesswork about time zones. */
    private static final String MICROS = "cast(extract(epoch from observed_at) * 1000000 as bigint)";

    private final ObjectMapper json;

    // The rows are bound as text and cast twice: bound straight to a jsonb the driver would send the text as one
    // JSON string, not as the array it holds.

    SignalStore(ObjectMapper json) {
        this.json = json;
    }

    /** What storing a batch did: the state readings that were new, and how many readings of each kind were new. */
    public record Stored(List<Signal.State> newStates, long states, long counters, long sensors) {

        public long total() {
            return states + counters + sensors;
        }
    }

    Uni<Stored> store(SignalBatch batch, Instant receivedAt) {
        ArrayNode states = json.createArrayNode();
        ArrayNode counters = json.createArrayNode();
        ArrayNode sensors = json.createArrayNode();
        for (Signal signal : batch.signals()) {
            switch (signal) {
                case Signal.State s -> states.addObject().put("o", s.observedAt().toString()).put("s", s.state().name())
                        .put("c", s.stopCode());
                case Signal.Counter c -> counters.addObject().put("o", c.observedAt().toString()).put("n", c.name()).put("v", c.value());
                case Signal.Sensor s -> sensors.addObject().put("o", s.observedAt().toString()).put("n", s.name())
                        .put("v", s.value().toPlainString()).put("u", s.unit());
            }
        }
        return session().flatMap(session -> storeStates(session, batch, states, receivedAt)
                .flatMap(newStates -> count(session, counters, """
                        with stored as (
                            insert into machine_counter_reading (machine_code, name, observed_at, value, source, received_at)
                            select :machine, r.n, r.o, r.v, :source, :received
                            from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(o timestamptz, n text, v bigint)
                            on conflict do nothing returning 1)
                        select count(*) from stored""", batch, receivedAt)
                        .flatMap(storedCounters -> count(session, sensors, """
                                with stored as (
                                    insert into machine_sensor_reading (machine_code, name, observed_at, value, unit, source, received_at)
                                    select :machine, r.n, r.o, r.v, r.u, :source, :received
                                    from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(o timestamptz, n text, v numeric, u text)
                                    on conflict do nothing returning 1)
                                select count(*) from stored""", batch, receivedAt)
                                .map(storedSensors -> new Stored(newStates, newStates.size(), storedCounters, storedSensors)))));
    }

    private Uni<List<Signal.State>> storeStates(Mutiny.Session session, SignalBatch batch, ArrayNode rows, Instant receivedAt) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session.createNativeQuery("""
                        insert into machine_state_signal (machine_code, observed_at, state, stop_code, source, received_at)
                        select :machine, r.o, r.s, r.c, :source, :received
                        from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(o timestamptz, s text, c text)
                        on conflict do nothing
                        returning\s""" + MICROS + ", state, stop_code", Object[].class)
                .setParameter("machine", batch.machineCode())
                .setParameter("source", batch.source())
                .setParameter("received", receivedAt)
                .setParameter("rows", rows.toString())
                .getResultList()
                .map(stored -> stored.stream().map(SignalStore::state).toList());
    }

    private static Uni<Long> count(Mutiny.Session session, ArrayNode rows, String sql, SignalBatch batch, Instant receivedAt) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0L);
        }
        return session.createNativeQuery(sql, Long.class)
                .setParameter("machine", batch.machineCode())
                .setParameter("source", batch.source())
                .setParameter("received", receivedAt)
                .setParameter("rows", rows.toString())
                .getSingleResult();
    }

    /** The live state row of a machine heard for the first time (UNKNOWN until it reports a state); kept once. */
    Uni<Void> firstHeard(String machine, Instant observedAt) {
        return session().flatMap(session -> session.createNativeQuery("""
                        insert into machine_live_state (machine_code, run_state, last_signal_at)
                        values (:machine, 'UNKNOWN', :observed)
                        on conflict do nothing""")
                .setParameter("machine", machine)
                .setParameter("observed", observedAt)
                .executeUpdate()).replaceWithVoid();
    }

    /** A state execution derives itself (silence, a machine talking again); kept once like any reading. */
    Uni<Void> derived(StateChange change, Instant receivedAt) {
        return session().flatMap(session -> session.createNativeQuery("""
                        insert into machine_state_signal (machine_code, observed_at, state, stop_code, source, received_at)
                        values (:machine, :observed, :state, :stop, :source, :received)
                        on conflict do nothing""")
                .setParameter("machine", change.machineCode())
                .setParameter("observed", change.since())
                .setParameter("state", change.state().name())
                .setParameter("stop", change.stopCode())
                .setParameter("source", change.source())
                .setParameter("received", receivedAt)
                .executeUpdate()).replaceWithVoid();
    }

    /** The state in force at {@code from} (the last reading before or at it) and every reading in [from, to), in observed order. */
    Uni<List<Signal.State>> states(String machine, Instant from, Instant to) {
        return session().flatMap(session -> session.createNativeQuery("""
                        (select\s""" + MICROS + """
                        , state, stop_code from machine_state_signal
                         where machine_code = :machine and observed_at <= :from order by observed_at desc limit 1)
                        union all
                        (select\s""" + MICROS + """
                        , state, stop_code from machine_state_signal
                         where machine_code = :machine and observed_at > :from and observed_at < :to order by observed_at)""",
                        Object[].class)
                .setParameter("machine", machine).setParameter("from", from).setParameter("to", to)
                .getResultList()
                .map(rows -> rows.stream().map(SignalStore::state).toList()));
    }

    /** A counter's last reading before {@code from} and its readings in [from, to), in observed order. */
    Uni<List<CounterRow>> counter(String machine, String name, Instant from, Instant to) {
        return session().flatMap(session -> session.createNativeQuery("""
                        (select\s""" + MICROS + """
                        , value from machine_counter_reading
                         where machine_code = :machine and name = :name and observed_at < :from order by observed_at desc limit 1)
                        union all
                        (select\s""" + MICROS + """
                        , value from machine_counter_reading
                         where machine_code = :machine and name = :name and observed_at >= :from and observed_at < :to
                         order by observed_at)""", Object[].class)
                .setParameter("machine", machine).setParameter("name", name).setParameter("from", from).setParameter("to", to)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new CounterRow(instant(r[0]), ((Number) r[1]).longValue())).toList()));
    }

    /** A reading for a chart. {@code value} is the state's name, the counter's value or the sensor's decimal. */
    public record Reading(Instant observedAt, String kind, String name, String value, String unit, String stopCode) {
    }

    /**
     * Readings in [from, to) in observed order, at most {@code most} (one more is fetched to tell whether more were
     * there). {@code sensor} given: only that sensor's readings.
     */
    Uni<List<Reading>> readings(String machine, Instant from, Instant to, String sensor, int most) {
        String sensors = "select " + MICROS + " as t, 'SENSOR' as kind, name, cast(value as text) as v, unit, null as stop"
                + " from machine_sensor_reading where machine_code = :machine and observed_at >= :from and observed_at < :to"
                + (sensor == null ? "" : " and name = :sensor");
        String sql = sensor != null ? sensors + " order by t, name limit :most"
                : "select " + MICROS + " as t, 'STATE' as kind, null as name, state as v, null as unit, stop_code as stop"
                        + " from machine_state_signal where machine_code = :machine and observed_at >= :from and observed_at < :to"
                        + " union all select " + MICROS + ", 'COUNTER', name, cast(value as text), null, null"
                        + " from machine_counter_reading where machine_code = :machine and observed_at >= :from and observed_at < :to"
                        + " union all " + sensors + " order by t, kind, name limit :most";
        return session().flatMap(session -> {
            var query = session.createNativeQuery(sql, Object[].class)
                    .setParameter("machine", machine).setParameter("from", from).setParameter("to", to).setParameter("most", most + 1);
            if (sensor != null) {
                query.setParameter("sensor", sensor);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(r -> new Reading(instant(r[0]), (String) r[1], (String) r[2],
                r[3] == null ? null : plain((String) r[3], (String) r[1]), (String) r[4], (String) r[5])).toList());
    }

    private static String plain(String value, String kind) {
        return "SENSOR".equals(kind) ? new BigDecimal(value).stripTrailingZeros().toPlainString() : value;
    }

    private static Signal.State state(Object[] row) {
        return new Signal.State(instant(row[0]), MachineRunState.valueOf((String) row[1]), (String) row[2]);
    }

    static Instant instant(Object micros) {
        return Instant.EPOCH.plus(((Number) micros).longValue(), ChronoUnit.MICROS);
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }
}
