package io.forgeline.supply.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When each requisition a confirmed line covers is there: the requisitions in the order they are needed take the
 * deliveries in the order they arrive, so a split line serves the earliest need from its first delivery. A
 * requisition is there with the delivery that completes its quantity; what the deliveries do not cover (the
 * supplier confirmed less) is promised with the last delivery, the latest anything of the line arrives.
 */
final class Promises {

    private Promises() {
    }

    static Map<Demand, LocalDate> of(PurchaseOrderLine line) {
        Map<Demand, LocalDate> promised = new LinkedHashMap<>();
        List<Delivery> deliveries = line.confirmed();
        if (deliveries.isEmpty()) {
            return promised;
        }
        List<Demand> byNeed = line.demands().stream().sorted(Comparator.comparing(Demand::needDate)).toList();
        BigDecimal needed = BigDecimal.ZERO;
        int delivery = 0;
        BigDecimal arrived = deliveries.getFirst().quantity();
        for (Demand demand : byNeed) {
            needed = needed.add(demand.quantity());
            while (arrived.compareTo(needed) < 0 && delivery < deliveries.size() - 1) {
                delivery++;
                arrived = arrived.add(deliveries.get(delivery).quantity());
            }
            promised.put(demand, deliveries.get(delivery).date());
        }
        return promised;
    }
}
