package io.forgeline.execution.oee;

import io.forgeline.contracts.execution.v1.OeeCalculated;
import io.forgeline.execution.calendars.ShiftCalendar;
import io.forgeline.execution.calendars.ShiftCalendar.ShiftWindow;
import io.forgeline.execution.plant.Machine;
import io.forgeline.execution.plant.PlantModel;
import io.forgeline.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes each machine's OEE of its current shift on {@code execution.oee.v1} every
 * {@code forgeline.execution.oee.publish-every}: while the shift runs, the figures from its start until now; once it
 * has ended, the whole shift with {@code final} true, once. Shifts that ended within
 * {@code forgeline.execution.oee.final-lookback} are still made final (the service may have been down when they
 * ended). A value equal to the one last published for the machine and shift is not published again.
 */
@ApplicationScoped
public class OeePublisher {

    private static final Logger LOG = Logger.getLogger(OeePublisher.class);

    private final PlantModel plant;
    private final OeeService oee;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration lookback;

    OeePublisher(PlantModel plant, OeeService oee, Outbox outbox, Clock clock,
            @ConfigProperty(name = "forgeline.execution.oee.final-lookback", defaultValue = "PT24H") Duration lookback) {
        this.plant = plant;
        this.oee = oee;
        this.outbox = outbox;
        this.clock = clock;
        this.lookback = lookback;
    }

    @Scheduled(every = "${forgeline.execution.oee.publish-every:60s}", delayed = "${forgeline.execution.oee.publish-delay:30s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return publishAll(clock.instant());
    }

    /** Every machine in turn; one that fails (its signals unreadable) is logged and tried again at the next tick. */
    public Uni<Void> publishAll(Instant now) {
        return plant.machines(Optional.empty()).flatMap(machines -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Machine machine : machines) {
                chain = chain.call(() -> publish(machine, now)
                        .onFailure().invoke(failure -> LOG.warnf("OEE of machine %s not published: %s", machine.code, failure.toString()))
                        .onFailure().recoverWithNull());
            }
            return chain;
        });
    }

    Uni<Void> publish(Machine machine, Instant now) {
        return oee.calendarOf(machine).flatMap(calendar -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (ShiftWindow shift : shiftsToPublish(calendar, now)) {
                chain = chain.call(() -> publish(machine, shift, now));
            }
            return chain;
        });
    }

    /** The shift running now and those that ended within the lookback. */
    List<ShiftWindow> shiftsToPublish(ShiftCalendar calendar, Instant now) {
        return calendar.shiftsOverlapping(now.minus(lookback), now).stream().filter(s -> !s.from().isAfter(now)).toList();
    }

    private Uni<Void> publish(Machine machine, ShiftWindow shift, Instant now) {
        boolean isFinal = !shift.to().isAfter(now);
        Period whole = new Period(shift.from(), shift.to(), shift.name());
        String id = OeePublication.id(machine.code, shift.from(), shift.to());
        return Panache.withSession(() -> OeePublication.<OeePublication>findById(id)).flatMap(held -> {
            if (held != null && held.isFinal()) {
                return Uni.createFrom().voidItem();
            }
            // while the shift runs, its figures so far
            Instant until = isFinal ? shift.to() : now;
            Period sofar = new Period(shift.from(), until, shift.name());
            return oee.figures(machine, List.of(sofar), shift.from(), until).flatMap(rows -> {
                OeeCalculated event = OeeEvents.calculated(machine.code, machine.workCenterCode, whole, rows.get(0), isFinal, now);
                String fingerprint = OeeEvents.fingerprint(event);
                return Panache.withTransaction(() -> OeePublication.<OeePublication>findById(id).flatMap(current -> {
                    OeePublication publication = current != null ? current : OeePublication.first(machine.code, shift.from(), shift.to());
                    if (publication.isFinal() || !publication.changes(fingerprint)) {
                        return Uni.createFrom().voidItem();
                    }
                    publication.published(fingerprint, isFinal, now);
                    return (current != null ? Uni.createFrom().voidItem() : publication.persist().replaceWithVoid())
                            .call(() -> outbox.append(OeeEvents.TOPIC, machine.code, OeeEvents.CALCULATED, event));
                }));
            });
        });
    }
}
