package io.forgeline.execution.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.forgeline.execution.epcis.EventQuery.EventType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A lot on a handling unit that left the plant (the genealogy's {@code shipped_line}, from warehouse's shipments) as an
 * ObjectEvent: OBSERVE, business step shipping, disposition in_transit, the unit's SSCC (and the SGTINs of the
 * serialised units it carries) in the EPC list, the lot's class
 * and quantity in the quantity list, the delivery as despatch advice and the customer as owning party at the destination.
 */
@ApplicationScoped
class ShippingEvents {

    static final int KIND = 5;

    Uni<List<EpcisEvent>> page(Mutiny.Session session, EventQuery query, LotFilter lots, Naming naming) {
        if (!query.wants(EventType.ObjectEvent)) {
            return Uni.createFrom().item(List.of());
        }
        return naming.eachRow(Window.of(query, KIND, "s.shipped_at", "s.delivery_id::text || '/' || s.sscc || '/' || s.item_code || '/' || s.lot")
                .ofLots(lots, "s.item_code", "s.lot")
                .rows(session, "select s.item_code, s.lot, s.sscc, s.quantity, s.unit, s.delivery_number, s.customer_code,"
                        + " array_to_string(s.serial_numbers, ' ')", "shipped_line s"),
                (row, classes) -> event(row, classes, naming));
    }

    private static EpcisEvent event(Object[] row, Naming.LotClasses classes, Naming naming) {
        Instant time = Instant.parse((String) row[8]);
        String key = (String) row[9];
        ObjectNode event = naming.event(EventType.ObjectEvent.name(), time, "shipping", key);
        ArrayNode epcs = event.putArray("epcList");
        Identifiers.handlingUnit((String) row[2]).ifPresent(epcs::add);
        String serials = (String) row[7];
        if (!serials.isEmpty()) {
            for (String serial : serials.split(" ")) {
                epcs.add(classes.unit((String) row[0], serial));
            }
        }
        if (epcs.isEmpty()) {
            event.remove("epcList");
        }
        event.putArray("quantityList").add(Quantities.element(classes.of((String) row[0], (String) row[1]), (BigDecimal) row[3], (String) row[4]));
        event.put("action", "OBSERVE").put("bizStep", "shipping").put("disposition", "in_transit");
        event.putObject("readPoint").put("id", naming.plantLocation());
        event.putArray("bizTransactionList").add(JsonNodeFactory.instance.objectNode().put("type", "desadv")
                .put("bizTransaction", Identifiers.delivery((String) row[5])));
        event.putArray("destinationList").add(JsonNodeFactory.instance.objectNode().put("type", "owning_party")
                .put("destination", Identifiers.customer((String) row[6])));
        Set<LotRef> lot = Set.of(new LotRef((String) row[0], (String) row[1]));
        return new EpcisEvent(new Cursor(time, KIND, key), event, lot, lot);
    }
}
