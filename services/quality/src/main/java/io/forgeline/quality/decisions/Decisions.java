package io.forgeline.quality.decisions;

import io.forgeline.platform.actor.Actor;
import io.forgeline.quality.inspectionplan.InspectionType;
import io.forgeline.quality.nonconformance.Nonconformances;
import io.forgeline.quality.signature.Signature;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.quality.inspectionlot.InspectionLot;
import io.forgeline.quality.inspectionlot.LotCharacteristic;
import io.forgeline.quality.inspectionlot.UsageDecision;
import io.forgeline.quality.inspectionlot.UsageDecision.Disposition;
import io.forgeline.quality.sampling.Scheme;
import io.forgeline.quality.sampling.Switching;
import io.forgeline.quality.switching.SwitchingKey;
import io.forgeline.quality.switching.SwitchingStates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Makes usage decisions: once per lot, stored with who and when, published for warehouse to book the stock
 * (outbox, same transaction), and counted by the switching rules for every defect class whose sample is complete.
 * All in the caller's transaction with the lot locked.
 */
@ApplicationScoped
public class Decisions {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
    public static final String ACCEPTED_WITH_DEVIATION = "ACCEPTED_WITH_DEVIATION";
    public static final String PARTIAL = "PARTIAL";

    private final Outbox outbox;
    private final SwitchingStates switching;
    private final Nonconformances nonconformances;
    private final Clock clock;

    Decisions(Outbox outbox, SwitchingStates switching, Nonconformances nonconformances, Clock clock) {
        this.outbox = outbox;
        this.switching = switching;
        this.nonconformances = nonconformances;
        this.clock = clock;
    }

    /** Once every sample is in, the lot is accepted or rejected by its Ac/Re: released whole or blocked whole. */
    public Uni<Optional<UsageDecision>> automaticIfComplete(InspectionLot lot, Actor actor) {
        if (!lot.open() || lot.characteristics.isEmpty() || !lot.sampleComplete()) {
            return Uni.createFrom().item(Optional.empty());
        }
        boolean accepted = lot.valuation().equals(ACCEPTED);
        String why = accepted ? "accepted: every sample within its acceptance number" : "rejected: " + rejections(lot);
        Disposition whole = new Disposition(accepted ? "RELEASE" : "BLOCK", lot.lotSize, why);
        return record(lot, accepted ? ACCEPTED : REJECTED, true, null, List.of(whole), actor).map(Optional::of);
    }

    /** A received lot no plan asks to inspect goes into use at once. */
    public Uni<UsageDecision> releaseUninspected(InspectionLot lot, Actor actor) {
        return record(lot, ACCEPTED, true, "no incoming inspection plan", List.of(new Disposition("RELEASE", lot.lotSize,
                "no incoming inspection for " + lot.itemCode)), actor);
    }

    /**
     * A person's decision, its dispositions already checked against the lot ({@link DecisionCheck}), signed: the
     * signature's meaning names the lot, the outcome and the dispositions as the engineer declared them.
     */
    public Uni<UsageDecision> decide(InspectionLot lot, DecisionCheck.Checked checked, Signature signature, Actor actor) {
        return record(lot, checked.outcome(), false, checked.comment(), checked.dispositions(), actor, decision -> {
            decision.signerSubject = signature.subject();
            decision.signedAt = signature.signedAt();
            decision.signatureMeaning = meaning(lot, checked);
        });
    }

    private static String meaning(InspectionLot lot, DecisionCheck.Checked checked) {
        String dispositions = checked.dispositions().stream()
                .map(d -> d.action() + " " + d.quantity().stripTrailingZeros().toPlainString() + " " + lot.unit)
                .collect(java.util.stream.Collectors.joining(", "));
        return "Usage decision " + checked.outcome() + " on inspection lot " + lot.number + " (" + lot.itemCode + ", lot " + lot.lot
                + "): " + dispositions + (checked.comment() == null ? "" : ". " + checked.comment());
    }

    private Uni<UsageDecision> record(InspectionLot lot, String outcome, boolean automatic, String comment, List<Disposition> dispositions,
            Actor actor) {
        return record(lot, outcome, automatic, comment, dispositions, actor, unsigned -> { });
    }

    private Uni<UsageDecision> record(InspectionLot lot, String outcome, boolean automatic, String comment, List<Disposition> dispositions,
            Actor actor, java.util.function.Consumer<UsageDecision> signing) {
        UsageDecision decision = new UsageDecision();
        decision.id = UUID.randomUUID();
        decision.lotId = lot.id;
        decision.outcome = outcome;
        decision.automatic = automatic;
        decision.decidedAt = clock.instant();
        decision.decidedBy = actor.name();
        decision.comment = comment;
        decision.dispositions = new UsageDecision.Dispositions(List.copyOf(dispositions));
        signing.accept(decision);
        lot.status = InspectionLot.DECIDED;
        return decision.<UsageDecision>persist()
                .call(() -> booksStock(lot)
                        ? outbox.append(DecisionEvents.TOPIC, lot.id.toString(), DecisionEvents.MADE, DecisionEvents.made(lot, decision))
                        : Uni.createFrom().voidItem())
                .call(() -> countForSwitching(lot, actor))
                .call(recorded -> nonconformances.openFor(lot, recorded, actor));
    }

    /**
     * Work in progress inspected at an operation lies on the shop floor, not in the warehouse: its decision has no stock
     * to book (a rejection still opens its NCR).
     */
    private static boolean booksStock(InspectionLot lot) {
        return !InspectionType.IN_PROCESS.name().equals(lot.inspectionType);
    }

    /**
     * Every defect class whose samples are all in counts the lot (accepted when each of its samples is) towards its
     * switching state; a decision made before the samples were in is no original inspection and counts for nothing.
     */
    private Uni<Void> countForSwitching(InspectionLot lot, Actor actor) {
        if (lot.scheme == null) {
            return Uni.createFrom().voidItem();
        }
        Map<String, List<LotCharacteristic>> byClass = lot.characteristics.stream()
                .filter(c -> c.samplingPlan(lot.scheme).isPresent())
                .collect(Collectors.groupingBy(c -> c.defectClass));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, List<LotCharacteristic>> entry : byClass.entrySet()) {
            if (!entry.getValue().stream().allMatch(LotCharacteristic::complete)) {
                continue;
            }
            List<Switching.Sample> samples = entry.getValue().stream()
                    .map(c -> new Switching.Sample(c.samplingPlan(lot.scheme).orElseThrow(), c.nonconforming)).toList();
            SwitchingKey key = new SwitchingKey(lot.itemCode, lot.supplierCode, entry.getKey());
            chain = chain.call(() -> switching.after(key, Scheme.byId(lot.scheme).orElse(Scheme.ISO_2859_1), new Switching.LotOutcome(samples),
                    lot.id, actor));
        }
        return chain;
    }

    private static String rejections(InspectionLot lot) {
        List<String> found = new ArrayList<>();
        for (LotCharacteristic c : lot.characteristics) {
            if (c.rejects()) {
                found.add(c.code + " " + c.nonconforming + " nonconforming in " + c.inspected + " (Re " + c.rejection + ")");
            }
        }
        return String.join(", ", found);
    }
}
