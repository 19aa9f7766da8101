package io.forgeline.execution.genealogy;

import static io.forgeline.platform.inbox.EventFields.decimal;
import static io.forgeline.platform.inbox.EventFields.instant;
import static io.forgeline.platform.inbox.EventFields.uuid;

import io.forgeline.contracts.warehouse.v1.ShipmentConfirmed;
import io.forgeline.contracts.warehouse.v1.ShippedUnit;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.platform.inbox.PoisonEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps where lots went when they left the plant, from {@code warehouse.shipments.v1}: one {@code shipped_line} per lot
 * on each shipped handling unit. Each event is applied once (the inbox); a delivery's lines already kept (warehouse
 * published it again under a new event id) are not kept twice.
 */
@ApplicationScoped
public class ShipmentHistory {

    static final String CONFIRMED = "io.forgeline.warehouse.shipment-confirmed.v1";

    private final IdempotentConsumer consumer;

    ShipmentHistory(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("shipments")
    public Uni<Void> onShipment(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, CONFIRMED, ShipmentConfirmed.parser(), this::shipped);
    }

    Uni<Void> shipped(ShipmentConfirmed shipment) {
        UUID deliveryId = uuid(shipment.getDeliveryId(), "delivery_id");
        Instant shippedAt = instant(shipment.getShippedAt(), "shipped_at");
        Map<ShippedLine.Key, ShippedLine> lines = new LinkedHashMap<>();
        for (ShippedUnit unit : shipment.getUnitsList()) {
            for (io.forgeline.contracts.warehouse.v1.ShippedLine line : unit.getLinesList()) {
                if (line.getLot().isEmpty()) {
                    continue; // goods without a lot number cannot be traced by one
                }
                ShippedLine.Key key = new ShippedLine.Key(deliveryId, unit.getSscc(), line.getItemCode(), line.getLot());
                lines.merge(key, kept(shipment, shippedAt, unit, key, line), ShipmentHistory::together);
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ShippedLine line : lines.values()) {
            chain = chain.call(() -> ShippedLine.<ShippedLine>findById(line.key)
                    .flatMap(held -> held != null ? Uni.createFrom().voidItem() : line.persist().replaceWithVoid()));
        }
        return chain;
    }

    private static ShippedLine kept(ShipmentConfirmed shipment, Instant shippedAt, ShippedUnit unit, ShippedLine.Key key,
            io.forgeline.contracts.warehouse.v1.ShippedLine line) {
        ShippedLine kept = new ShippedLine();
        kept.key = key;
        kept.deliveryNumber = shipment.getDeliveryNumber();
        kept.customerCode = shipment.getCustomerCode();
        kept.customerName = shipment.getCustomerName();
        kept.shippedAt = shippedAt;
        kept.shippedBy = shipment.getShippedBy();
        kept.palletSscc = unit.getPalletSscc().isEmpty() ? null : unit.getPalletSscc();
        kept.quantity = decimal(line.getQuantity().getAmount(), "quantity.amount");
        kept.unit = line.getQuantity().getUnit();
        kept.serialNumbers = line.getSerialNumbersList().toArray(String[]::new);
        return kept;
    }

    /** The same lot twice on one unit: one line of both quantities, which must be counted in the same unit. */
    private static ShippedLine together(ShippedLine first, ShippedLine second) {
        if (!first.unit.equals(second.unit)) {
            throw new PoisonEvent("lot " + first.key.lot() + " of " + first.key.itemCode() + " on unit " + first.key.sscc()
                    + " is counted in " + first.unit + " and in " + second.unit);
        }
        first.quantity = first.quantity.add(second.quantity);
        first.serialNumbers = Stream.concat(Stream.of(first.serialNumbers), Stream.of(second.serialNumbers)).toArray(String[]::new);
        return first;
    }
}
