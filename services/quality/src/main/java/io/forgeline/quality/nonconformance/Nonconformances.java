package io.forgeline.quality.nonconformance;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.quality.inspectionlot.BaseQuantity;
import io.forgeline.quality.inspectionlot.InspectionLot;
import io.forgeline.quality.inspectionlot.UsageDecision;
import io.forgeline.quality.results.InspectionResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Opens NCRs and takes them through dispositions, the 8D and closure: each step locks its NCR, is written with its
 * history row and, where others act on it, its event (outbox) in one transaction.
 */
@ApplicationScoped
public class Nonconformances {

    private final Outbox outbox;
    private final Items items;
    private final Clock clock;

    Nonconformances(Outbox outbox, Items items, Clock clock) {
        this.outbox = outbox;
        this.items = items;
        this.clock = clock;
    }

    /** An NCR opened by hand. */
    public Uni<Nonconformance> open(NcrRequests.Open request, Actor actor) {
        NcrCheck.Opening checked = NcrCheck.opening(request);
        return items.find(checked.itemCode()).flatMap(item -> {
            if (item.isEmpty()) {
                throw new RuleViolation("itemCode", "the item master knows no item " + checked.itemCode());
            }
            BaseQuantity quantity = BaseQuantity.of(item, checked.quantity(), checked.unit())
                    .orElseThrow(() -> FieldErrors.refused(List.of(new FieldError("/unit", checked.itemCode() + " is kept in "
                            + item.get().unit + " and the item master knows no conversion from " + checked.unit()))));
            Nonconformance ncr = new Nonconformance();
            ncr.source = checked.source();
            ncr.itemCode = checked.itemCode();
            ncr.lot = checked.lot();
            ncr.quantity = quantity.quantity();
            ncr.unit = quantity.unit();
            ncr.supplierCode = checked.supplierCode();
            ncr.defectCodes = String.join(",", checked.defectCodes());
            ncr.description = checked.description();
            ncr.inspectionLotId = request.inspectionLotId();
            return Panache.withTransaction(() -> lotNumber(ncr.inspectionLotId).flatMap(lotNumber -> opened(ncr, actor, lotNumber, List.of())));
        });
    }

    /**
     * The NCR a usage decision opens when it does not release all of a lot: the material not released, the defect
     * codes its results found, and the decision's scrap and return as dispositions already booked. In the decision's
     * transaction.
     */
    public Uni<Void> openFor(InspectionLot lot, UsageDecision decision, Actor actor) {
        List<UsageDecision.Disposition> notReleased = decision.dispositions.lines().stream()
                .filter(d -> !d.action().equals("RELEASE")).toList();
        if (notReleased.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return InspectionResult.<InspectionResult>list("lotId", lot.id).flatMap(results -> {
            Set<String> defects = new TreeSet<>();
            results.forEach(result -> defects.addAll(result.defectCodes.isEmpty() ? List.of() : List.of(result.defectCodes.split(","))));
            Nonconformance ncr = new Nonconformance();
            ncr.source = NcrSource.INSPECTION;
            ncr.itemCode = lot.itemCode;
            ncr.lot = lot.lot;
            ncr.quantity = notReleased.stream().map(UsageDecision.Disposition::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            ncr.unit = lot.unit;
            ncr.supplierCode = lot.supplierCode;
            ncr.defectCodes = String.join(",", defects);
            ncr.description = "Inspection lot " + lot.number + " " + decision.outcome.toLowerCase().replace('_', ' ')
                    + (decision.comment == null ? "" : ": " + decision.comment)
                    + notReleased.stream().map(d -> d.reason()).filter(r -> r != null && !r.isBlank()).map(r -> "; " + r).collect(Collectors.joining());
            ncr.inspectionLotId = lot.id;
            List<NcrDisposition> booked = notReleased.stream().filter(d -> d.action().equals("SCRAP") || d.action().equals("RETURN_TO_SUPPLIER"))
                    .map(d -> disposition(NcrAction.valueOf(d.action()), d.quantity(), "booked by the usage decision on " + lot.number,
                            decision.decidedAt, decision.decidedBy, true)).toList();
            return opened(ncr, actor, lot.number, booked).replaceWithVoid();
        });
    }

    private Uni<Nonconformance> opened(Nonconformance ncr, Actor actor, String inspectionLotNumber, List<NcrDisposition> booked) {
        ncr.id = UUID.randomUUID();
        ncr.status = Nonconformance.OPEN;
        ncr.openedAt = clock.instant();
        ncr.openedBy = actor.name();
        return DocumentNumbers.next("ncr_number_seq", "NCR-").invoke(number -> ncr.number = number)
                .chain(() -> ncr.<Nonconformance>persist())
                .call(() -> history(ncr, actor, "opened from " + ncr.source.name().toLowerCase().replace('_', ' ')
                        + (inspectionLotNumber == null ? "" : " (" + inspectionLotNumber + ")") + ": " + ncr.quantity.stripTrailingZeros().toPlainString()
                        + " " + ncr.unit + " of " + ncr.itemCode + (ncr.lot.isEmpty() ? "" : " lot " + ncr.lot)))
                .call(() -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (NcrDisposition disposition : booked) {
                        disposition.ncrId = ncr.id;
                        chain = chain.call(() -> disposition.persist()).call(() -> history(ncr, actor, describe(disposition)));
                    }
                    return chain;
                })
                .call(() -> outbox.append(NcrEvents.TOPIC, ncr.id.toString(), NcrEvents.OPENED, NcrEvents.opened(ncr, inspectionLotNumber)));
    }

    /** A disposition for some of the material that awaits one; warehouse books its stock movement. */
    public Uni<NcrDisposition> dispose(UUID id, NcrRequests.Dispose request, Actor actor) {
        NcrCheck.Disposing checked = NcrCheck.disposing(request);
        return Panache.withTransaction(() -> openForUpdate(id).flatMap(ncr -> disposed(ncr.id).flatMap(disposed -> {
            BigDecimal awaiting = ncr.quantity.subtract(disposed);
            if (checked.quantity().compareTo(awaiting) > 0) {
                throw FieldErrors.refused(List.of(new FieldError("/quantity", "only " + awaiting.stripTrailingZeros().toPlainString() + " "
                        + ncr.unit + " of " + ncr.number + " await a disposition")));
            }
            NcrDisposition disposition = disposition(checked.action(), checked.quantity(), checked.reason(), clock.instant(), actor.name(), false);
            disposition.ncrId = ncr.id;
            return disposition.<NcrDisposition>persist()
                    .call(() -> history(ncr, actor, describe(disposition)))
                    .call(() -> outbox.append(NcrEvents.TOPIC, ncr.id.toString(), NcrEvents.DISPOSITION, NcrEvents.disposition(ncr, disposition)));
        })));
    }

    /** Writes one 8D discipline; {@code done} marks it complete (or opens it again). */
    public Uni<Discipline> write(UUID id, int number, NcrRequests.WriteDiscipline request, Actor actor) {
        NcrCheck.Writing checked = NcrCheck.writing(number, request);
        return Panache.withTransaction(() -> openForUpdate(id).flatMap(ncr -> Discipline.<Discipline>findById(new Discipline.Key(ncr.id, number))
                .flatMap(found -> {
                    Instant now = clock.instant();
                    Discipline discipline = found != null ? found : new Discipline();
                    boolean wasDone = discipline.done();
                    discipline.ncrId = ncr.id;
                    discipline.discipline = number;
                    discipline.owner = checked.owner();
                    discipline.dueOn = checked.dueOn();
                    discipline.content = checked.content();
                    if (checked.done() && !wasDone) {
                        discipline.doneAt = now;
                        discipline.doneBy = actor.name();
                    } else if (!checked.done()) {
                        discipline.doneAt = null;
                        discipline.doneBy = null;
                    }
                    discipline.updatedAt = now;
                    discipline.updatedBy = actor.name();
                    String step = "D" + number + " " + Discipline.TITLES.get(number - 1) + (found == null ? " written" : " changed")
                            + (checked.done() && !wasDone ? " and done" : !checked.done() && wasDone ? " and opened again" : "");
                    return discipline.<Discipline>persist().call(() -> history(ncr, actor, step));
                })));
    }

    /**
     * Closes an NCR once all its material has a disposition and, when an 8D was started, its disciplines D1 to D7 are
     * done; the closure completes D8.
     */
    public Uni<Nonconformance> close(UUID id, Actor actor) {
        return Panache.withTransaction(() -> openForUpdate(id).flatMap(ncr -> disposed(ncr.id)
                .flatMap(disposed -> Discipline.<Discipline>list("ncrId", ncr.id).flatMap(disciplines -> {
                    BigDecimal awaiting = ncr.quantity.subtract(disposed);
                    List<FieldError> missing = new java.util.ArrayList<>();
                    if (awaiting.signum() > 0) {
                        missing.add(new FieldError("/dispositions", awaiting.stripTrailingZeros().toPlainString() + " " + ncr.unit
                                + " still await a disposition"));
                    }
                    List<Integer> undone = java.util.stream.IntStream.rangeClosed(1, 7).boxed()
                            .filter(n -> disciplines.stream().noneMatch(d -> d.discipline == n && d.done())).toList();
                    if (!disciplines.isEmpty() && !undone.isEmpty()) {
                        missing.add(new FieldError("/disciplines", "the 8D is not done: "
                                + undone.stream().map(n -> "D" + n).collect(Collectors.joining(", "))));
                    }
                    if (!missing.isEmpty()) {
                        throw FieldErrors.refused(missing);
                    }
                    Instant now = clock.instant();
                    ncr.status = Nonconformance.CLOSED;
                    ncr.closedAt = now;
                    ncr.closedBy = actor.name();
                    Uni<Void> closure = disciplines.isEmpty() ? Uni.createFrom().voidItem() : closureDiscipline(ncr, disciplines, actor, now);
                    return closure.chain(() -> ncr.<Nonconformance>persist())
                            .call(() -> history(ncr, actor, "closed"))
                            .call(() -> outbox.append(NcrEvents.TOPIC, ncr.id.toString(), NcrEvents.CLOSED, NcrEvents.closed(ncr)));
                }))));
    }

    /** A supplier's answer to an NCR of its own material (the caller made sure it is). */
    public Uni<SupplierResponse> respond(Nonconformance ncr, NcrRequests.Respond request, String supplierCode, Actor actor) {
        SupplierResponse response = NcrCheck.response(request);
        return Panache.withTransaction(() -> openForUpdate(ncr.id).flatMap(locked -> {
            response.id = UUID.randomUUID();
            response.ncrId = locked.id;
            response.supplierCode = supplierCode;
            response.respondedAt = clock.instant();
            response.respondedBy = actor.name();
            return response.<SupplierResponse>persist().call(() -> history(locked, actor, "supplier " + supplierCode + " responded"));
        }));
    }

    private static Uni<Void> closureDiscipline(Nonconformance ncr, List<Discipline> disciplines, Actor actor, Instant now) {
        Discipline d8 = disciplines.stream().filter(d -> d.discipline == 8).findFirst().orElseGet(() -> {
            Discipline created = new Discipline();
            created.ncrId = ncr.id;
            created.discipline = 8;
            created.content = "Closed by " + actor.name();
            return created;
        });
        if (!d8.done()) {
            d8.doneAt = now;
            d8.doneBy = actor.name();
        }
        d8.updatedAt = now;
        d8.updatedBy = actor.name();
        return d8.persist().replaceWithVoid();
    }

    private static Uni<Nonconformance> openForUpdate(UUID id) {
        return Nonconformance.<Nonconformance>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new NotFound("nonconformance", id))
                .invoke(ncr -> {
                    if (!ncr.open()) {
                        throw new IllegalTransition(ncr.number + " was closed by " + ncr.closedBy + " at " + ncr.closedAt);
                    }
                });
    }

    private static Uni<BigDecimal> disposed(UUID ncrId) {
        return NcrDisposition.<NcrDisposition>list("ncrId", ncrId)
                .map(list -> list.stream().map(d -> d.quantity).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Uni<String> lotNumber(UUID inspectionLotId) {
        if (inspectionLotId == null) {
            return Uni.createFrom().nullItem();
        }
        return InspectionLot.<InspectionLot>findById(inspectionLotId).map(lot -> {
            if (lot == null) {
                throw new RuleViolation("inspectionLotId", "no inspection lot " + inspectionLotId);
            }
            return lot.number;
        });
    }

    private static NcrDisposition disposition(NcrAction action, BigDecimal quantity, String reason, Instant at, String by, boolean booked) {
        NcrDisposition disposition = new NcrDisposition();
        disposition.id = UUID.randomUUID();
        disposition.action = action;
        disposition.quantity = quantity;
        disposition.reason = reason;
        disposition.decidedAt = at;
        disposition.decidedBy = by;
        disposition.bookedByDecision = booked;
        return disposition;
    }

    private static String describe(NcrDisposition disposition) {
        return "disposition " + disposition.action.name().toLowerCase().replace('_', ' ') + " of "
                + disposition.quantity.stripTrailingZeros().toPlainString() + (disposition.reason == null ? "" : ": " + disposition.reason);
    }

    private Uni<Void> history(Nonconformance ncr, Actor actor, String step) {
        return NcrHistory.of(ncr.id, clock.instant(), actor.name(), step).persist().replaceWithVoid();
    }
}
