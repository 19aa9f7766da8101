package io.forgeline.execution.recall;

import io.forgeline.contracts.warehouse.v1.LotBalance;
import io.forgeline.execution.consumption.LotStockCheck;
import io.forgeline.execution.genealogy.Genealogy;
import io.forgeline.execution.genealogy.Trace;
import io.forgeline.platform.problem.NotFound;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Builds recall reports: the genealogy's forward trace (lots, orders, shipments) and warehouse's stock of each lot,
 * asked fresh, since a recall acts on where the stock is now.
 */
@ApplicationScoped
public class Recalls {

    /** Lots asked about at once: a wide trace should not open a hundred calls to warehouse at the same moment. */
    private static final int ASKED_AT_ONCE = 8;

    private final Genealogy genealogy;
    private final LotStockCheck warehouse;
    private final Clock clock;

    Recalls(Genealogy genealogy, LotStockCheck warehouse, Clock clock) {
        this.genealogy = genealogy;
        this.warehouse = warehouse;
        this.clock = clock;
    }

    public Uni<RecallReport> of(Trace.Ref suspect) {
        return genealogy.forward(suspect).flatMap(trace -> stockOf(trace).map(stock -> {
            if (!suspect.namesUnit() && nobodyKnows(trace, stock)) {
                throw new NotFound("lot", suspect.lot() + " of " + suspect.itemCode());
            }
            return RecallReport.of(trace, stock, clock.instant());
        }));
    }

    private Uni<Map<Trace.Ref, List<LotBalance>>> stockOf(Trace trace) {
        return Multi.createFrom().iterable(trace.nodes().stream().filter(node -> !node.namesUnit()).toList())
                .onItem().transformToUni(node -> warehouse.stockOf(node.itemCode(), node.lot())
                        .map(reply -> Map.entry(new Trace.Ref(node.itemCode(), node.lot()), reply.getBalancesList())))
                .merge(ASKED_AT_ONCE)
                .collect().asMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * The lot went into nothing, was not received, inspected or shipped, and warehouse holds none of it: a report on it
     * would be an empty page that looks like good news, so it is a 404.
     */
    private static boolean nobodyKnows(Trace trace, Map<Trace.Ref, List<LotBalance>> stock) {
        Trace.Node suspect = trace.nodes().getFirst();
        return trace.edges().isEmpty() && suspect.supplierCode() == null && suspect.inspections().isEmpty()
                && suspect.shipments().isEmpty() && stock.values().stream().allMatch(List::isEmpty);
    }
}
