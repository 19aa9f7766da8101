package io.forgeline.execution.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.forgeline.execution.epcis.EventQuery.EventType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * What was packed into each shipped handling unit, as AggregationEvents ADD with business step packing: a unit's SSCC as
 * parent of the lots on it (child quantity list), and a pallet's SSCC as parent of the units that travel on it (child
 * EPCs). Warehouse reports the packing only with the shipment, so the shipment's time stands for it: the units were
 * packed by then. A unit whose code is no SSCC is named privately ({@code urn:forgeline:hu:}).
 */
@ApplicationScoped
class PackingEvents {

    static final int UNITS = 3;
    static final int PALLETS = 4;

    private static final String LINES = """
            select delivery_id, sscc, item_code, lot, quantity, unit from shipped_line
            where (delivery_id, sscc) in (%s) order by item_code, lot""";
    private static final String UNITS_ON_PALLETS = """
            select distinct delivery_id, pallet_sscc, sscc from shipped_line
            where (delivery_id, pallet_sscc) in (%s) order by sscc""";

    Uni<List<EpcisEvent>> page(Mutiny.Session session, EventQuery query, LotFilter lots, Naming naming) {
        if (!query.wants(EventType.AggregationEvent)) {
            return Uni.createFrom().item(List.of());
        }
        List<EpcisEvent> events = new ArrayList<>();
        return units(session, query, lots, naming).invoke(events::addAll)
                .chain(() -> lots.given() ? Uni.createFrom().item(List.<EpcisEvent>of()) : pallets(session, query, naming))
                .invoke(events::addAll).map(done -> events);
    }

    private Uni<List<EpcisEvent>> units(Mutiny.Session session, EventQuery query, LotFilter lots, Naming naming) {
        Window window = Window.of(query, UNITS, "u.shipped_at", "u.delivery_id::text || '/' || u.sscc");
        lots.toRead().ifPresent(named -> window.and("exists (select 1 from shipped_line l where l.delivery_id = u.delivery_id"
                + " and l.sscc = u.sscc and " + Window.pairs("l.item_code", "l.lot", named.size()) + ")", LotRef.values(named)));
        return window.rows(session, "select u.delivery_id, u.sscc",
                        "(select distinct delivery_id, sscc, shipped_at from shipped_line) u")
                .flatMap(units -> units.isEmpty() ? Uni.createFrom().item(List.<EpcisEvent>of()) : Window.children(session, LINES, units, 0, 1)
                        .flatMap(lines -> naming.lotClasses(items(lines))
                                .map(classes -> units.stream().map(unit -> unit(unit, lines.get(unit[0] + "/" + unit[1]), classes, naming))
                                        .toList())));
    }

    private Uni<List<EpcisEvent>> pallets(Mutiny.Session session, EventQuery query, Naming naming) {
        Window window = Window.of(query, PALLETS, "p.shipped_at", "p.delivery_id::text || '/' || p.pallet_sscc");
        return window.rows(session, "select p.delivery_id, p.pallet_sscc",
                        "(select distinct delivery_id, pallet_sscc, shipped_at from shipped_line where pallet_sscc is not null) p")
                .flatMap(pallets -> pallets.isEmpty() ? Uni.createFrom().item(List.<EpcisEvent>of())
                        : Window.children(session, UNITS_ON_PALLETS, pallets, 0, 1).map(units -> pallets.stream()
                                .map(pallet -> pallet(pallet, units.get(pallet[0] + "/" + pallet[1]), naming)).toList()));
    }

    private static Set<String> items(Map<String, List<Object[]>> lines) {
        Set<String> items = new HashSet<>();
        lines.values().forEach(rows -> items.addAll(Naming.itemsOf(rows, 2)));
        return items;
    }

    private static EpcisEvent unit(Object[] unit, List<Object[]> lines, Naming.LotClasses classes, Naming naming) {
        Instant time = Instant.parse((String) unit[2]);
        String key = (String) unit[3];
        ObjectNode event = packed(naming.event(EventType.AggregationEvent.name(), time, "packing", key), (String) unit[1], naming);
        ArrayNode children = event.putArray("childQuantityList");
        Set<LotRef> lots = new HashSet<>();
        for (Object[] line : lines) {
            children.add(Quantities.element(classes.of((String) line[2], (String) line[3]), (BigDecimal) line[4], (String) line[5]));
            lots.add(new LotRef((String) line[2], (String) line[3]));
        }
        return new EpcisEvent(new Cursor(time, UNITS, key), event, lots, lots);
    }

    private static EpcisEvent pallet(Object[] pallet, List<Object[]> units, Naming naming) {
        Instant time = Instant.parse((String) pallet[2]);
        String key = (String) pallet[3];
        ObjectNode event = packed(naming.event(EventType.AggregationEvent.name(), time, "palletising", key), (String) pallet[1], naming);
        ArrayNode children = event.putArray("childEPCs");
        units.forEach(unit -> children.add(Identifiers.handlingUnitOrPrivate((String) unit[2])));
        return new EpcisEvent(new Cursor(time, PALLETS, key), event, Set.of(), Set.of());
    }

    private static ObjectNode packed(ObjectNode event, String parent, Naming naming) {
        event.put("parentID", Identifiers.handlingUnitOrPrivate(parent));
        event.put("action", "ADD").put("bizStep", "packing").put("disposition", "in_progress");
        event.putObject("readPoint").put("id", naming.plantLocation());
        event.putObject("bizLocation").put("id", naming.plantLocation());
        return event;
    }
}
