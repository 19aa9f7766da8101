package io.forgeline.execution.genealogy;

import io.forgeline.execution.serials.ProducedSerial;
import io.forgeline.execution.serials.SerialNumbers;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The serialised units in a trace. A unit is reached from its lot by an edge of quantity 1 (made by the lot's order,
 * when the plant made it), and goes into what consumed it. Backward, the units scanned into an order (and the unit
 * asked about) appear; forward, every lot the plant made along the way reaches all its units.
 */
final class SerialLinks {

    private SerialLinks() {
    }

    /** The trace's edges: the genealogy rows, then each unit's edge from its lot. In the caller's session. */
    static Uni<List<Trace.Edge>> of(Trace.Ref start, List<GenealogyEdge> rows, boolean backward, SerialNumbers serials) {
        List<Trace.Edge> edges = rows.stream().map(Trace.Edge::of).toList();
        Map<Trace.Ref, String> consumedUnits = new HashMap<>();
        edges.stream().filter(edge -> edge.from().namesUnit()).forEach(edge -> consumedUnits.putIfAbsent(edge.from(), edge.unit()));
        Set<Trace.Ref> units = new LinkedHashSet<>(consumedUnits.keySet());
        Set<Trace.Ref> madeLots = new HashSet<>();
        if (backward) {
            if (start.namesUnit()) {
                units.add(start);
            }
        } else {
            units.remove(start);
            edges.stream().map(Trace.Edge::to).filter(to -> !to.namesUnit()).forEach(madeLots::add);
            if (!start.namesUnit()) {
                madeLots.add(start);
            }
        }
        Set<Trace.Ref> lots = new HashSet<>(madeLots);
        units.forEach(unit -> lots.add(unit.lotRef()));
        return serials.ofLots(lots.stream().map(Trace.Ref::itemCode).distinct().toList(), lots.stream().map(Trace.Ref::lot).distinct().toList())
                .map(made -> {
                    List<Trace.Edge> all = new ArrayList<>(edges);
                    Set<Trace.Ref> linked = new HashSet<>();
                    for (ProducedSerial unit : made) {
                        Trace.Ref ref = new Trace.Ref(unit.itemCode(), unit.lot, unit.serial());
                        boolean wanted = units.contains(ref) || madeLots.contains(ref.lotRef()) && !ref.equals(start);
                        if (wanted && linked.add(ref)) {
                            all.add(new Trace.Edge(ref.lotRef(), ref, unit.orderNumber, null, BigDecimal.ONE, unit.unit, unit.producedAt,
                                    unit.producedBy));
                        }
                    }
                    // a unit the plant did not make (received serialised) still belongs to its lot
                    units.stream().filter(linked::add).forEach(unit -> all.add(new Trace.Edge(unit.lotRef(), unit, null, null, BigDecimal.ONE,
                                    consumedUnits.get(unit), null, null)));
                    return all;
                });
    }
}
