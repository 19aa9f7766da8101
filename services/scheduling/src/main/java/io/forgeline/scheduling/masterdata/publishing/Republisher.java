package io.forgeline.scheduling.masterdata.publishing;

import io.forgeline.scheduling.masterdata.calendars.CalendarPublication;
import io.forgeline.scheduling.masterdata.items.ItemService;
import io.forgeline.scheduling.masterdata.plant.PlantService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * Appends one event per item and per work center to the outbox, in one transaction with its log row.
 * Harmless to repeat: the topics are compacted and read models apply only versions newer than theirs.
 */
@ApplicationScoped
public class Republisher {

    static final String FIRST_START = "first start";

    private final ItemService items;
    private final PlantService plant;
    private final CalendarPublication calendars;
    private final Clock clock;

    Republisher(ItemService items, PlantService plant, CalendarPublication calendars, Clock clock) {
        this.items = items;
        this.plant = plant;
        this.calendars = calendars;
        this.clock = clock;
    }

    public Uni<Republication> republish(String actor) {
        return Panache.withTransaction(() -> takeTurn().chain(() -> republishInTransaction(actor)));
    }

    /**
     * Master data that SQL put in (the demo plant) never went through the outbox: the first start publishes
     * it once (and once more after an upgrade that added calendars to it). Replicas starting together take turns; the second sees the first's log row and does nothing.
     */
    public Uni<Optional<Republication>> republishIfNeverDone() {
        return Panache.withTransaction(() -> takeTurn()
                // a republication from before calendars were published does not count: they must go out once too
                .chain(() -> Republication.count("calendars is not null"))
                .chain(done -> done > 0 ? Uni.createFrom().item(Optional.<Republication>empty())
                        : republishInTransaction(FIRST_START).map(Optional::of)));
    }

    private Uni<Republication> republishInTransaction(String actor) {
        Republication log = new Republication();
        log.at = clock.instant();
        log.actor = actor;
        return items.appendAll()
                .invoke(count -> log.items = count)
                .chain(() -> plant.appendAll())
                .invoke(count -> log.workCenters = count)
                .chain(() -> calendars.appendAll())
                .invoke(count -> log.calendars = count)
                .chain(() -> log.<Republication>persistAndFlush());
    }

    private static Uni<Integer> takeTurn() {
        return Panache.getSession().flatMap(session ->
                session.createNativeQuery("lock table master_data_republish in share row exclusive mode").executeUpdate());
    }
}
