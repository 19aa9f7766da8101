package io.forgeline.execution.signals;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the signal tables' monthly partitions: creates this month and the coming ones ahead, and drops whole months
 * older than each table's retention (dropping a partition costs nothing, deleting millions of rows would). At start
 * and then every few hours; replicas doing it at once are harmless (each step checks what is there, in one transaction).
 */
@ApplicationScoped
public class SignalPartitions {

    private static final Logger LOG = Logger.getLogger(SignalPartitions.class);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final Pattern PARTITION = Pattern.compile("(.+)_p(\\d{6})");

    /** A partitioned table and how long its readings are kept. */
    record Table(String name, Duration retention) {
    }

    private final Pool pool;
    private final Clock clock;
    private final List<Table> tables;
    private final int monthsAhead;

    SignalPartitions(Pool pool, Clock clock,
            @ConfigProperty(name = "forgeline.signals.retention.states", defaultValue = "P400D") Duration states,
            @ConfigProperty(name = "forgeline.signals.retention.counters", defaultValue = "P400D") Duration counters,
            @ConfigProperty(name = "forgeline.signals.retention.sensors", defaultValue = "P90D") Duration sensors,
            @ConfigProperty(name = "forgeline.signals.partitions-ahead", defaultValue = "2") int monthsAhead) {
        this.pool = pool;
        this.clock = clock;
        this.tables = List.of(new Table("machine_state_signal", states), new Table("machine_counter_reading", counters),
                new Table("machine_sensor_reading", sensors));
        this.monthsAhead = monthsAhead;
    }

    void atStart(@Observes StartupEvent started) {
        maintain().subscribe().with(done -> { }, failure -> LOG.warnf("signal partitions not maintained at start: %s", failure.toString()));
    }

    @Scheduled(every = "${forgeline.signals.partition-check:6h}", delayed = "10m", concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return maintain().onFailure().invoke(failure -> LOG.warnf("signal partitions not maintained, next time again: %s", failure.toString()))
                .onFailure().recoverWithNull();
    }

    Uni<Void> maintain() {
        YearMonth now = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        return Multi.createFrom().iterable(tables)
                .onItem().transformToUniAndConcatenate(table -> Multi.createFrom().range(0, monthsAhead + 1)
                        .onItem().transformToUniAndConcatenate(ahead -> create(table.name(), now.plusMonths(ahead)))
                        .collect().last()
                        .call(() -> dropOlderThan(table)))
                .collect().last().replaceWithVoid();
    }

    /**
     * The month's partition, unless it is there. Readings of that month the default partition caught meanwhile move
     * into it first: attaching checks that the default holds none of the new month.
     */
    Uni<Void> create(String table, YearMonth month) {
        String partition = table + "_p" + month.format(MONTH);
        OffsetDateTime from = month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        return pool.withTransaction(connection -> exists(connection, partition).flatMap(there -> there ? Uni.createFrom().voidItem()
                : connection.query("lock table " + table + " in share row exclusive mode").execute()
                        .flatMap(locked -> exists(connection, partition))
                        .flatMap(madeMeanwhile -> madeMeanwhile ? Uni.createFrom().voidItem()
                                : connection.query("create table " + partition + " (like " + table + " including defaults including constraints)").execute()
                                        .flatMap(made -> connection.preparedQuery("with moved as (delete from " + table + "_default"
                                                        + " where observed_at >= $1 and observed_at < $2 returning *)"
                                                        + " insert into " + partition + " select * from moved")
                                                .execute(Tuple.of(from, to)))
                                        .flatMap(moved -> connection.query("alter table " + table + " attach partition " + partition
                                                + " for values from ('" + from + "') to ('" + to + "')").execute())
                                        .invoke(() -> LOG.infof("created partition %s", partition))
                                        .replaceWithVoid())));
    }

    /** Drops the months that ended before now − retention, and what the default partition holds from before then. */
    Uni<Void> dropOlderThan(Table table) {
        OffsetDateTime horizon = clock.instant().minus(table.retention()).atOffset(ZoneOffset.UTC);
        return pool.preparedQuery("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                        + " join pg_class p on p.oid = i.inhparent where p.relname = $1")
                .execute(Tuple.of(table.name()))
                .map(rows -> {
                    List<String> old = new java.util.ArrayList<>();
                    rows.forEach(row -> {
                        Matcher m = PARTITION.matcher(row.getString(0));
                        if (m.matches() && m.group(1).equals(table.name())) {
                            LocalDate end = YearMonth.parse(m.group(2), MONTH).plusMonths(1).atDay(1);
                            if (!end.atStartOfDay().atOffset(ZoneOffset.UTC).isAfter(horizon)) {
                                old.add(row.getString(0));
                            }
                        }
                    });
                    return old;
                })
                .flatMap(old -> Multi.createFrom().iterable(old)
                        .onItem().transformToUniAndConcatenate(partition -> pool.query("drop table if exists " + partition).execute()
                                .invoke(() -> LOG.infof("dropped partition %s: older than the retention of %s", partition, table.retention())))
                        .collect().last())
                .flatMap(dropped -> pool.preparedQuery("delete from " + table.name() + "_default where observed_at < $1")
                        .execute(Tuple.of(horizon)))
                .replaceWithVoid();
    }

    private static Uni<Boolean> exists(SqlConnection connection, String partition) {
        return connection.preparedQuery("select to_regclass($1) is not null").execute(Tuple.of(partition))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }
}
