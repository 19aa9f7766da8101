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
 * A lot received at the dock (the genealogy's {@code received_lot}, from warehouse's goods receipts) as an ObjectEvent:
 * OBSERVE, business step receiving, disposition in_progress (it lands in quarantine until quality decides), the handling
 * unit's SSCC in the EPC list, the lot's class and accepted quantity in the quantity list, the supplier as owning party
 * at the source.
 */
@ApplicationScoped
class ReceivingEvents {

    static final int KIND = 1;

    Uni<List<EpcisEvent>> page(Mutiny.Session session, EventQuery query, LotFilter lots, Naming naming) {
        if (!query.wants(EventType.ObjectEvent)) {
            return Uni.createFrom().item(List.of());
        }
        return naming.eachRow(Window.of(query, KIND, "r.received_at", "r.receipt_id::text || '/' || r.item_code || '/' || r.lot")
                .ofLots(lots, "r.item_code", "r.lot")
                .rows(session, "select r.item_code, r.lot, r.supplier_code, r.sscc, r.quantity, r.unit", "received_lot r"),
                (row, classes) -> event(row, classes, naming));
    }

    private static EpcisEvent event(Object[] row, Naming.LotClasses classes, Naming naming) {
        Instant time = Instant.parse((String) row[6]);
        String key = (String) row[7];
        String lotClass = classes.of((String) row[0], (String) row[1]);
        ObjectNode event = naming.event(EventType.ObjectEvent.name(), time, "receiving", key);
        Identifiers.handlingUnit((String) row[3]).ifPresent(sscc -> event.putArray("epcList").add(sscc));
        event.putArray("quantityList").add(Quantities.element(lotClass, (BigDecimal) row[4], (String) row[5]));
        event.put("action", "OBSERVE").put("bizStep", "receiving").put("disposition", "in_progress");
        event.putObject("readPoint").put("id", naming.plantLocation());
        event.putObject("bizLocation").put("id", naming.plantLocation());
        ArrayNode sources = event.putArray("sourceList");
        sources.add(JsonNodeFactory.instance.objectNode().put("type", "owning_party").put("source", Identifiers.supplier((String) row[2])));
        Set<LotRef> lot = Set.of(new LotRef((String) row[0], (String) row[1]));
        return new EpcisEvent(new Cursor(time, KIND, key), event, lot, lot);
    }
}
