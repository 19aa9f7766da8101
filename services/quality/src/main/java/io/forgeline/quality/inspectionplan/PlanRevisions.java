package io.forgeline.quality.inspectionplan;

import static io.forgeline.platform.problem.FieldChecks.blankIsNull;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Quality engineers write plans; every change is a new revision and the one before stops being used, so inspection
 * lots opened under it keep what they followed. One writer per plan code at a time (a transaction lock), so two
 * engineers saving at once make two revisions, one after the other, never two with one number.
 */
@ApplicationScoped
public class PlanRevisions {

    private final Items items;
    private final Clock clock;

    PlanRevisions(Items items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** What a save did: created the plan, added a revision, or changed nothing (the same content as the newest). */
    public record Saved(InspectionPlan plan, boolean created, boolean changed) {
    }

    /**
     * Saves a plan under its code. {@code expectedRevision}, when given (If-Match), must be the newest revision: an
     * engineer who edited an older one is told, not overwritten.
     */
    public Uni<Saved> save(String code, PlanRequest request, OptionalInt expectedRevision, Actor author) {
        PlanContent content = request.content();
        return items.find(content.itemCode()).flatMap(item -> {
            if (item.isEmpty()) {
                throw new RuleViolation("itemCode", "the item master knows no item " + content.itemCode());
            }
            return Panache.withTransaction(() -> TransactionLocks.lock("inspection-plan:" + code)
                    .chain(() -> newest(code))
                    .flatMap(newest -> {
                        if (expectedRevision.isPresent() && expectedRevision.getAsInt() != newest.map(p -> p.revision).orElse(0)) {
                            throw new IllegalTransition("plan " + code + " is at revision " + newest.map(p -> p.revision).orElse(0)
                                    + ", not " + expectedRevision.getAsInt() + ": someone saved it since; read it again");
                        }
                        if (newest.isPresent() && !content.sameSubject(newest.get())) {
                            throw FieldErrors.conflicting(List.of(new FieldError("/itemCode", "plan " + code + " inspects "
                                    + subject(newest.get()) + "; a plan keeps its item, type, supplier and operation: write a new plan")));
                        }
                        if (newest.isPresent() && newest.get().active && content.equals(PlanContent.of(newest.get()))) {
                            return Uni.createFrom().item(new Saved(newest.get(), false, false));
                        }
                        return othersActive(code, content).flatMap(other -> {
                            if (other.isPresent()) {
                                throw FieldErrors.conflicting(List.of(new FieldError("/itemCode", "plan " + other.get().code
                                        + " already inspects " + subject(other.get()) + ": revise or retire it")));
                            }
                            InspectionPlan next = content.revision(code, newest.map(p -> p.revision + 1).orElse(1), note(request),
                                    author.name(), clock.instant());
                            Uni<Void> retireOld = newest.filter(p -> p.active).map(old -> {
                                old.active = false;
                                return old.<InspectionPlan>persistAndFlush().replaceWithVoid();
                            }).orElse(Uni.createFrom().voidItem());
                            return retireOld.chain(() -> next.<InspectionPlan>persist())
                                    .map(saved -> new Saved(saved, newest.isEmpty(), true));
                        });
                    }));
        });
    }

    /** Stops a plan being used: lots already open keep it; goods that arrive now are not inspected by it. */
    public Uni<InspectionPlan> retire(String code, Actor by) {
        return Panache.withTransaction(() -> TransactionLocks.lock("inspection-plan:" + code)
                .chain(() -> newest(code))
                .map(newest -> newest.orElseThrow(() -> new NotFound("inspection plan", code)))
                .flatMap(plan -> {
                    if (!plan.active) {
                        return Uni.createFrom().item(plan);
                    }
                    plan.active = false;
                    plan.retiredAt = clock.instant();
                    plan.retiredBy = by.name();
                    return plan.persist();
                }));
    }

    public Uni<InspectionPlan> newestOf(String code) {
        return Panache.withSession(() -> newest(code)).map(newest -> newest.orElseThrow(() -> new NotFound("inspection plan", code)));
    }

    /** Every revision, first one first. */
    public Uni<List<InspectionPlan>> revisionsOf(String code) {
        return Panache.withSession(() -> InspectionPlan.<InspectionPlan>list("code", Sort.by("revision"), code))
                .map(list -> {
                    if (list.isEmpty()) {
                        throw new NotFound("inspection plan", code);
                    }
                    return list;
                });
    }

    private static Uni<Optional<InspectionPlan>> newest(String code) {
        return InspectionPlan.<InspectionPlan>find("code", Sort.descending("revision"), code).firstResult()
                .map(Optional::ofNullable);
    }

    private static Uni<Optional<InspectionPlan>> othersActive(String code, PlanContent content) {
        return InspectionPlan.<InspectionPlan>list("itemCode = ?1 and inspectionType = ?2 and active and code <> ?3",
                        content.itemCode(), content.inspectionType(), code)
                .map(list -> list.stream().filter(p -> java.util.Objects.equals(p.supplierCode, content.supplierCode())
                        && java.util.Objects.equals(p.operationSequence, content.operationSequence())).findFirst());
    }

    private static String subject(InspectionPlan plan) {
        return plan.itemCode + " " + plan.inspectionType
                + (plan.supplierCode == null ? "" : " from " + plan.supplierCode)
                + (plan.operationSequence == null ? "" : " at operation " + plan.operationSequence);
    }

    private static String note(PlanRequest request) {
        return blankIsNull(request.note());
    }
}
