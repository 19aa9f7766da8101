package io.forgeline.execution.plant;

import io.forgeline.contracts.scheduling.v1.MachineSummary;
import io.forgeline.contracts.scheduling.v1.WorkCenterChanged;
import io.forgeline.platform.inbox.PoisonEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The local copy of scheduling's work centers and machines. */
@ApplicationScoped
public class PlantModel {

    private static final Logger LOG = Logger.getLogger(PlantModel.class);

    /**
     * Applies a work center's new state inside the consumer's transaction. The topic is compacted and
     * may be replayed or arrive out of order, so a version at or below the one held changes nothing.
     */
    public Uni<Void> apply(WorkCenterChanged event) {
        if (event.getCode().isBlank()) {
            throw new PoisonEvent("work-center event without a code");
        }
        Instant changedAt = instant(event.getChangedAt());
        return WorkCenter.<WorkCenter>findById(event.getCode()).flatMap(held -> {
            if (held != null && held.version >= event.getVersion()) {
                LOG.debugf("work center %s version %d is not newer than %d: skipped", event.getCode(), event.getVersion(), held.version);
                return Uni.createFrom().voidItem();
            }
            WorkCenter center = held != null ? held : new WorkCenter();
            center.code = event.getCode();
            center.name = event.getName();
            center.requiresStaging = event.getRequiresStaging();
            center.version = event.getVersion();
            center.changedAt = changedAt;
            Uni<Void> chain = held != null ? Uni.createFrom().voidItem() : center.persist().replaceWithVoid();
            for (MachineSummary summary : event.getMachinesList()) {
                chain = chain.call(() -> claim(center.code, summary, changedAt));
            }
            return chain.call(() -> dropRemoved(center.code, listed(event)));
        });
    }

    /** Whether the work center takes only staged material; false for one the plant model has not heard of yet. In the caller's session. */
    public static Uni<Boolean> requiresStaging(String workCenterCode) {
        return WorkCenter.<WorkCenter>findById(workCenterCode).map(center -> center != null && center.requiresStaging);
    }

    /** Whether the plant model holds the work center. In the caller's session. */
    public static Uni<Boolean> hasWorkCenter(String code) {
        return WorkCenter.<WorkCenter>findById(code).map(center -> center != null);
    }

    /** A machine that exists in the plant model, with its work center. */
    public Uni<Optional<Machine>> machine(String code) {
        return Panache.withSession(() -> Machine.<Machine>findById(code)).map(Optional::ofNullable);
    }

    /** Whether scheduling has published the work center. */
    public Uni<Boolean> workCenterExists(String code) {
        return Panache.withSession(() -> WorkCenter.count("code", code)).map(n -> n > 0);
    }

    /** Every machine, or those of one work center, by work center and code. */
    public Uni<List<Machine>> machines(Optional<String> workCenterCode) {
        Sort order = Sort.ascending("workCenterCode", "code");
        return Panache.withSession(() -> workCenterCode.isPresent()
                ? Machine.<Machine>list("workCenterCode", order, workCenterCode.get())
                : Machine.<Machine>listAll(order));
    }

    private static Uni<Void> claim(String workCenterCode, MachineSummary summary, Instant changedAt) {
        return Machine.<Machine>findById(summary.getCode()).flatMap(held -> {
            // another work center listed it more recently: this event is older news about that machine
            if (held != null && !held.workCenterCode.equals(workCenterCode) && held.claimedAt.isAfter(changedAt)) {
                return Uni.createFrom().voidItem();
            }
            Machine machine = held != null ? held : new Machine();
            machine.code = summary.getCode();
            machine.workCenterCode = workCenterCode;
            machine.name = summary.getName();
            machine.calendarCode = summary.getCalendarCode();
            machine.claimedAt = changedAt;
            return held != null ? Uni.createFrom().voidItem() : machine.persist().replaceWithVoid();
        });
    }

    /** Machines the work center no longer lists leave the plant model (unless another work center took them). */
    private static Uni<Void> dropRemoved(String workCenterCode, Set<String> listed) {
        return Machine.<Machine>list("workCenterCode", workCenterCode).flatMap(machines -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Machine machine : machines) {
                if (!listed.contains(machine.code)) {
                    chain = chain.call(machine::delete);
                }
            }
            return chain;
        });
    }

    private static Set<String> listed(WorkCenterChanged event) {
        return event.getMachinesList().stream().map(MachineSummary::getCode).collect(Collectors.toSet());
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException unreadable) {
            throw new PoisonEvent("work-center event with changed_at '" + text + "' that is not an instant", unreadable);
        }
    }
}
