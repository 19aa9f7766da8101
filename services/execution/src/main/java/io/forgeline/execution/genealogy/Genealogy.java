package io.forgeline.execution.genealogy;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.serials.SerialNumbers;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes and traces the genealogy. A consumption and the finished lot of its order meet whichever comes second: the
 * output links every consumption of the order so far, a consumption after an output links to it. Both run in the
 * transaction of the step that completes the pair, which holds the order's operations, so no pair is missed or doubled.
 */
@ApplicationScoped
public class Genealogy {

    /** Far deeper than any BOM: a guard against a cycle that bad data could make, not a limit anyone meets. */
    static final int DEEPEST = 64;

    /** The traces' recursive queries, in resource files the genealogy benchmark runs too. */
    private static final String BACKWARD = query("backward");
    private static final String FORWARD = query("forward");

    /** The consumptions of an order, read from consumption's table: the genealogy depends on no feature but dispatch. */
    private static final String CONSUMED_BY_ORDER = """
            select id, order_id, order_number, operation_sequence, item_code, lot, serial, quantity, unit, consumed_at, consumed_by
            from material_consumption where order_id = ?1 order by consumed_at, id""";

    private final SerialNumbers serials;
    private final Clock clock;

    Genealogy(SerialNumbers serials, Clock clock) {
        this.serials = serials;
        this.clock = clock;
    }

    /** The order's last operation produced {@code output}: every consumption of the order so far went into it. In the caller's transaction. */
    public Uni<Void> produced(DispatchEntry output) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(CONSUMED_BY_ORDER, Object[].class)
                        .setParameter(1, output.orderId()).getResultList())
                .map(rows -> rows.stream().map(row -> new Consumed((UUID) row[0], (UUID) row[1], (String) row[2], ((Number) row[3]).intValue(),
                        (String) row[4], (String) row[5], (String) row[6], (BigDecimal) row[7], (String) row[8], instant(row[9]),
                        (String) row[10])).toList())
                .flatMap(consumptions -> link(consumptions, output));
    }

    /** A consumption of an order that has produced already goes into what it produced. In the caller's transaction. */
    public Uni<Void> consumed(Consumed consumption) {
        return DispatchEntry.<DispatchEntry>list("orderId = ?1 and outputLot is not null", consumption.orderId())
                .flatMap(outputs -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (DispatchEntry output : outputs) {
                        chain = chain.call(() -> link(List.of(consumption), output));
                    }
                    return chain;
                });
    }

    /**
     * What went into the lot, or the serialised unit (which its lot shows), to any depth. A serial the plant neither
     * made nor consumed is a 404.
     */
    public Uni<Trace> backward(Trace.Ref lotOrSerial) {
        return trace(lotOrSerial, true);
    }

    /** What the lot or the serialised unit went into, to any depth; a lot the plant made reaches its serialised units. */
    public Uni<Trace> forward(Trace.Ref lotOrSerial) {
        return trace(lotOrSerial, false);
    }

    private Uni<Trace> trace(Trace.Ref asked, boolean backward) {
        return Panache.withSession(() -> located(asked).flatMap(start -> rows(start, backward)
                .flatMap(rows -> SerialLinks.of(start, rows, backward, serials))
                .map(edges -> Trace.of(start, edges, backward))
                .flatMap(this::described)));
    }

    /** A serial asked for, with the lot it belongs to: the lot the plant made it in, or the lot it was consumed from. */
    private Uni<Trace.Ref> located(Trace.Ref asked) {
        if (!asked.namesUnit()) {
            return Uni.createFrom().item(asked);
        }
        return serials.find(asked.itemCode(), asked.serial()).flatMap(made -> made.isPresent()
                ? Uni.createFrom().item(new Trace.Ref(asked.itemCode(), made.get().lot, asked.serial()))
                : GenealogyEdge.<GenealogyEdge>find("fromItem = ?1 and fromSerial = ?2", asked.itemCode(), asked.serial()).firstResult()
                        .map(consumed -> {
                            if (consumed == null) {
                                throw new NotFound("serial", asked.serial() + " of " + asked.itemCode());
                            }
                            return new Trace.Ref(asked.itemCode(), consumed.fromLot, asked.serial());
                        }));
    }

    /**
     * The genealogy rows of a trace: the recursive query from the lot (a serialised unit's lot, backward); forward from
     * a serialised unit, the rows out of the unit and the forward traces of what it went into. In the caller's session.
     */
    private Uni<List<GenealogyEdge>> rows(Trace.Ref start, boolean backward) {
        if (!start.namesUnit() || backward) {
            return traced(backward ? BACKWARD : FORWARD, start.lotRef());
        }
        return GenealogyEdge.<GenealogyEdge>list("fromItem = ?1 and fromSerial = ?2 order by linkedAt, id", start.itemCode(), start.serial())
                .flatMap(out -> {
                    Map<UUID, GenealogyEdge> all = new LinkedHashMap<>();
                    out.forEach(edge -> all.put(edge.id, edge));
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Trace.Ref into : out.stream().map(edge -> new Trace.Ref(edge.toItem, edge.toLot)).distinct().toList()) {
                        chain = chain.call(() -> traced(FORWARD, into).invoke(further -> further.forEach(edge -> all.putIfAbsent(edge.id, edge))));
                    }
                    return chain.map(done -> List.copyOf(all.values()));
                });
    }

    private static Uni<List<GenealogyEdge>> traced(String query, Trace.Ref lot) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(query, GenealogyEdge.class)
                .setParameter(1, lot.itemCode()).setParameter(2, lot.lot()).setParameter(3, DEEPEST).getResultList());
    }

    /** Each lot's supplier, inspections and shipments, read for all lots of the trace at once. In the caller's session. */
    private Uni<Trace> described(Trace trace) {
        Set<Trace.Ref> lots = trace.nodes().stream().map(node -> node.ref().lotRef()).collect(Collectors.toSet());
        List<String> items = lots.stream().map(Trace.Ref::itemCode).distinct().toList();
        List<String> numbers = lots.stream().map(Trace.Ref::lot).distinct().toList();
        return ReceivedLot.<ReceivedLot>list("key.itemCode in ?1 and key.lot in ?2 order by receivedAt", items, numbers)
                .flatMap(received -> LotDecision.<LotDecision>list("itemCode in ?1 and lot in ?2 order by decidedAt", items, numbers)
                        .flatMap(decisions -> shipped(lots).map(shipments -> {
                            Map<Trace.Ref, String> suppliers = new HashMap<>();
                            received.stream().filter(r -> lots.contains(new Trace.Ref(r.key.itemCode(), r.key.lot())))
                                    .forEach(r -> suppliers.putIfAbsent(new Trace.Ref(r.key.itemCode(), r.key.lot()), r.supplierCode));
                            Map<Trace.Ref, List<Trace.Inspection>> inspections = decisions.stream()
                                    .filter(d -> lots.contains(new Trace.Ref(d.itemCode, d.lot)))
                                    .collect(Collectors.groupingBy(d -> new Trace.Ref(d.itemCode, d.lot), Collectors.mapping(
                                            d -> new Trace.Inspection(d.inspectionLotNumber, d.actions, d.decidedAt, d.decidedBy), Collectors.toList())));
                            Map<Trace.Ref, List<Trace.Shipment>> shipmentsByLot = shipments.stream().collect(Collectors.groupingBy(
                                    line -> new Trace.Ref(line.key.itemCode(), line.key.lot()), Collectors.mapping(Genealogy::shipment, Collectors.toList())));
                            Map<Trace.Ref, List<Trace.Shipment>> shipmentsBySerial = new HashMap<>();
                            for (ShippedLine line : shipments) {
                                for (String serial : line.serialNumbers) {
                                    shipmentsBySerial.computeIfAbsent(new Trace.Ref(line.key.itemCode(), line.key.lot(), serial),
                                            unit -> new ArrayList<>()).add(shipment(line));
                                }
                            }
                            return trace.with(suppliers, inspections, shipmentsByLot, shipmentsBySerial);
                        })));
    }

    /** What left the plant of these lots, in the order it left. In the caller's session. */
    Uni<List<ShippedLine>> shipped(Set<Trace.Ref> lots) {
        List<String> items = lots.stream().map(Trace.Ref::itemCode).distinct().toList();
        List<String> numbers = lots.stream().map(Trace.Ref::lot).distinct().toList();
        return ShippedLine.<ShippedLine>list("key.itemCode in ?1 and key.lot in ?2 order by shippedAt, key.deliveryId, key.sscc", items, numbers)
                .map(lines -> lines.stream().filter(line -> lots.contains(new Trace.Ref(line.key.itemCode(), line.key.lot()))).toList());
    }

    private static Trace.Shipment shipment(ShippedLine line) {
        return new Trace.Shipment(line.deliveryNumber, line.customerCode, line.customerName, line.key.sscc(),
                line.quantity.stripTrailingZeros(), line.unit, line.shippedAt);
    }

    private static String query(String name) {
        try (InputStream in = Genealogy.class.getResourceAsStream("/genealogy/" + name + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException missing) {
            throw new UncheckedIOException("genealogy/" + name + ".sql is missing from the build", missing);
        }
    }

    /** A timestamptz as the reactive driver hands it over in a native row. */
    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case java.time.LocalDateTime local -> local.toInstant(java.time.ZoneOffset.UTC);
            default -> throw new IllegalStateException("consumed_at read as " + value.getClass());
        };
    }

    private Uni<Void> link(List<Consumed> consumptions, DispatchEntry output) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Consumed consumption : consumptions) {
            GenealogyEdge edge = new GenealogyEdge();
            edge.id = UUID.randomUUID();
            edge.fromItem = consumption.itemCode();
            edge.fromLot = consumption.lot();
            edge.fromSerial = consumption.serial();
            edge.toItem = output.itemCode();
            edge.toLot = output.outputLot();
            edge.orderId = consumption.orderId();
            edge.orderNumber = consumption.orderNumber();
            edge.operationSequence = consumption.operationSequence();
            edge.quantity = consumption.quantity();
            edge.unit = consumption.unit();
            edge.consumptionId = consumption.id();
            edge.consumedAt = consumption.consumedAt();
            edge.consumedBy = consumption.consumedBy();
            edge.linkedAt = clock.instant();
            chain = chain.call(() -> edge.persist());
        }
        return chain;
    }
}
