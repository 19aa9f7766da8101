package io.forgeline.execution.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.forgeline.execution.epcis.EventQuery.EventType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * An order's finished lot and the lots consumed into it (the genealogy's edges to it) as one TransformationEvent:
 * inputs are the consumed lots with the quantity of each, the output is the finished lot with the good quantity the last
 * operation reported; business step commissioning (the finished lot is a class not used before), disposition active,
 * read at the work center of that operation, the production order as business transaction; a serialised item's units are
 * the output's EPC list (their SGTINs) beside its quantity. The event happens when the
 * output was reported; its record time is when the last edge was linked, as material scanned later still goes into it.
 */
@ApplicationScoped
class TransformationEvents {

    static final int KIND = 2;

    private static final String EDGES = """
            select e.order_id, e.to_lot, e.from_item, e.from_lot, e.unit, sum(e.quantity),
                   to_char(max(e.linked_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
            from genealogy_edge e where (e.to_item, e.to_lot) in (%s)
            group by e.order_id, e.to_lot, e.from_item, e.from_lot, e.unit order by e.from_item, e.from_lot, e.unit""";

    Uni<List<EpcisEvent>> page(Mutiny.Session session, EventQuery query, LotFilter lots, Naming naming) {
        if (!query.wants(EventType.TransformationEvent) || lots.counted().isPresent()) {
            return Uni.createFrom().item(List.of()); // a transformation has no quantity list for MATCH_epcClass to match
        }
        Window window = Window.of(query, KIND, "d.completed_at", "d.order_id::text || '/' || d.output_lot")
                .and("d.output_lot is not null and d.completed_at is not null")
                .and("exists (select 1 from genealogy_edge e where e.to_item = d.item_code and e.to_lot = d.output_lot and e.order_id = d.order_id)");
        lots.toRead().ifPresent(named -> window.and("(" + Window.pairs("d.item_code", "d.output_lot", named.size())
                + " or exists (select 1 from genealogy_edge f where f.to_item = d.item_code and f.to_lot = d.output_lot"
                + " and f.order_id = d.order_id and " + Window.pairs("f.from_item", "f.from_lot", named.size()) + "))",
                twice(LotRef.values(named))));
        return window.rows(session, "select d.order_id, d.order_number, d.item_code, d.output_lot, d.good_quantity, d.unit, d.work_center_code,"
                                + " (select string_agg(p.serial, ' ' order by length(p.serial), p.serial) from produced_serial p"
                                + " where p.item_code = d.item_code and p.lot = d.output_lot and p.order_id = d.order_id)",
                        "dispatch_entry d")
                .flatMap(outputs -> outputs.isEmpty() ? Uni.createFrom().item(List.<EpcisEvent>of()) : Window.children(session, EDGES, outputs, 2, 3)
                        .flatMap(inputs -> naming.lotClasses(items(outputs, inputs))
                                .map(classes -> outputs.stream().map(output -> event(output, inputs.get(output[0] + "/" + output[3]), classes, naming)).toList())));
    }

    private static Set<String> items(List<Object[]> outputs, Map<String, List<Object[]>> inputs) {
        Set<String> items = new HashSet<>(Naming.itemsOf(outputs, 2));
        inputs.values().forEach(rows -> items.addAll(Naming.itemsOf(rows, 2)));
        return items;
    }

    private static EpcisEvent event(Object[] output, List<Object[]> inputs, Naming.LotClasses classes, Naming naming) {
        Instant time = Instant.parse((String) output[8]);
        String key = (String) output[9];
        ObjectNode event = naming.event(EventType.TransformationEvent.name(), time, "transformation", key);
        Set<LotRef> all = new HashSet<>();
        ArrayNode in = event.putArray("inputQuantityList");
        Instant recorded = time;
        for (Object[] input : inputs == null ? List.<Object[]>of() : inputs) {
            String inputClass = classes.of((String) input[2], (String) input[3]);
            all.add(new LotRef((String) input[2], (String) input[3]));
            in.add(Quantities.element(inputClass, (BigDecimal) input[5], (String) input[4]));
            Instant linked = Instant.parse((String) input[6]);
            recorded = linked.isAfter(recorded) ? linked : recorded;
        }
        String outputClass = classes.of((String) output[2], (String) output[3]);
        all.add(new LotRef((String) output[2], (String) output[3]));
        if (output[7] != null) {
            ArrayNode units = event.putArray("outputEPCList");
            for (String serial : ((String) output[7]).split(" ")) {
                units.add(classes.unit((String) output[2], serial));
            }
        }
        event.putArray("outputQuantityList").add(Quantities.element(outputClass, (BigDecimal) output[4], (String) output[5]));
        event.put("recordTime", recorded.toString());
        event.put("bizStep", "commissioning").put("disposition", "active");
        event.putObject("readPoint").put("id", Identifiers.workCenter((String) output[6]));
        event.putObject("bizLocation").put("id", naming.plantLocation());
        event.putArray("bizTransactionList").add(JsonNodeFactory.instance.objectNode().put("type", "prodorder")
                .put("bizTransaction", Identifiers.productionOrder((String) output[1])));
        return new EpcisEvent(new Cursor(time, KIND, key), event, Set.of(), all);
    }

    private static Object[] twice(Object[] values) {
        Object[] both = new Object[values.length * 2];
        System.arraycopy(values, 0, both, 0, values.length);
        System.arraycopy(values, 0, both, values.length, values.length);
        return both;
    }
}
