package io.forgeline.scheduling.masterdata;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reads of the shop floor's master data for planning: machines, their calendars and closures, eligible
 * machines and family changeovers. Callers bring the session (they run inside one); one statement at a time.
 */
@ApplicationScoped
public class PlantMaster {

    public Uni<List<Machine>> machines() {
        return Machine.<Machine>list("order by workCenterCode, code");
    }

    public Uni<List<Calendar>> calendars() {
        return Calendar.listAll();
    }

    public Uni<List<CalendarShift>> shifts() {
        return CalendarShift.listAll();
    }

    public Uni<List<CalendarBreak>> breaks() {
        return CalendarBreak.listAll();
    }

    /** Closures that are not over at {@code from}. */
    public Uni<List<Closure>> closuresAfter(Instant from) {
        return Closure.<Closure>list("endsAt is null or endsAt > ?1", from);
    }

    public Uni<List<FamilySetup>> changeovers() {
        return FamilySetup.listAll();
    }

    public Uni<List<RoutingOperation>> routings(Collection<String> itemCodes) {
        return RoutingOperation.<RoutingOperation>list("key.itemCode in ?1 order by key.itemCode, key.sequence", itemCodes);
    }

    public Uni<List<EligibleMachine>> eligibleMachines(Collection<String> itemCodes) {
        return EligibleMachine.<EligibleMachine>list("key.itemCode in ?1", itemCodes);
    }

    public Uni<Machine> machine(String code) {
        return Machine.findById(code);
    }

    /**
     * Execution reported the machine broken: DOWN, and closed from then until the expected repair (open-ended
     * when nobody knows). Runs in the caller's transaction. False when the machine is not one of ours.
     */
    public Uni<Boolean> brokeDown(String code, Instant at, Instant expectedUp, String reason) {
        return Machine.<Machine>findById(code).flatMap(machine -> {
            if (machine == null) {
                return Uni.createFrom().item(false);
            }
            machine.status = MachineStatus.DOWN;
            Closure closure = new Closure();
            closure.id = java.util.UUID.randomUUID();
            closure.machineCode = code;
            closure.kind = Closure.Kind.BREAKDOWN;
            closure.startsAt = at;
            closure.endsAt = expectedUp != null && expectedUp.isAfter(at) ? expectedUp : null;
            closure.reason = reason == null ? "" : reason;
            return closure.persist().replaceWith(true);
        });
    }

    /** Execution reported the machine repaired: UP, and its breakdowns end now. False when not ours. */
    public Uni<Boolean> repaired(String code, Instant at) {
        return Machine.<Machine>findById(code).flatMap(machine -> {
            if (machine == null) {
                return Uni.createFrom().item(false);
            }
            machine.status = MachineStatus.UP;
            return Closure.<Closure>list("machineCode = ?1 and kind = ?2 and (endsAt is null or endsAt > ?3)",
                    code, Closure.Kind.BREAKDOWN, at).map(open -> {
                        for (Closure c : open) {
                            c.endsAt = c.startsAt.isBefore(at) ? at : c.startsAt.plusSeconds(60);
                        }
                        return true;
                    });
        });
    }
}
