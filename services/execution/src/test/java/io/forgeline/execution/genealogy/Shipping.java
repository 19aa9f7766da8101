package io.forgeline.execution.genealogy;

import static io.forgeline.execution.ShopFloorEvents.deliver;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.warehouse.v1.ShipmentConfirmed;
import io.forgeline.contracts.warehouse.v1.ShippedLine;
import io.forgeline.contracts.warehouse.v1.ShippedUnit;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What warehouse publishes when a delivery leaves the plant, delivered to the real Kafka. */
public final class Shipping {

    public static final String TOPIC = "warehouse.shipments.v1";
    public static final String CONFIRMED = "io.forgeline.warehouse.shipment-confirmed.v1";

    private Shipping() {
    }

    /** A delivery of one handling unit {@code sscc} (on {@code pallet}, or alone when empty) holding one lot. */
    public static ShipmentConfirmed shipment(String number, String customer, Instant shippedAt, String sscc, String pallet,
            String item, String lot, String quantity, String... serials) {
        return ShipmentConfirmed.newBuilder().setDeliveryId(UUID.randomUUID().toString()).setDeliveryNumber(number)
                .setCustomerCode(customer).setCustomerName("Customer " + customer).setShippedAt(shippedAt.toString())
                .setShippedBy("clerk")
                .addUnits(ShippedUnit.newBuilder().setSscc(sscc).setPalletSscc(pallet).addLines(ShippedLine.newBuilder()
                        .setItemCode(item).setLot(lot).setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE"))
                        .addAllSerialNumbers(List.of(serials))))
                .build();
    }

    /** Publishes the shipment under a new event id and waits until execution has handled it. */
    public static void ship(ShipmentConfirmed shipment) {
        deliver(TOPIC, shipment.getDeliveryId(), shipment.toByteArray(), UUID.randomUUID().toString(), CONFIRMED);
    }
}
