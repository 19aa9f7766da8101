package io.forgeline.warehouse.shipping;

import io.forgeline.contracts.warehouse.v1.ShipmentConfirmed;
import io.forgeline.contracts.warehouse.v1.ShippedLine;
import io.forgeline.contracts.warehouse.v1.ShippedUnit;
import io.forgeline.warehouse.stock.Amounts;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Shipments as the api-contracts message on {@value #TOPIC}, keyed by delivery id. */
final class ShipmentEvents {

    static final String TOPIC = "warehouse.shipments.v1";
    static final String CONFIRMED = "io.forgeline.warehouse.shipment-confirmed.v1";

    private ShipmentEvents() {
    }

    static ShipmentConfirmed confirmed(Delivery delivery, List<DeliveryPackage> packages, Map<String, String> pallets) {
        ShipmentConfirmed.Builder shipment = ShipmentConfirmed.newBuilder()
                .setDeliveryId(delivery.id.toString())
                .setDeliveryNumber(delivery.number)
                .setCustomerCode(delivery.customerCode)
                .setCustomerName(Objects.requireNonNullElse(delivery.customerName, ""))
                .setCustomerReference(Objects.requireNonNullElse(delivery.customerReference, ""))
                .setShippedAt(delivery.shippedAt.toString())
                .setShippedBy(delivery.shippedBy);
        for (DeliveryPackage unit : packages) {
            ShippedUnit.Builder shipped = ShippedUnit.newBuilder().setSscc(unit.sscc).setPalletSscc(pallets.getOrDefault(unit.sscc, ""));
            for (DeliveryPackage.Content content : unit.contents()) {
                shipped.addLines(ShippedLine.newBuilder()
                        .setItemCode(content.itemCode())
                        .setLot(content.lot())
                        .setExpiresOn(content.expiresOn() == null ? "" : content.expiresOn().toString())
                        .setQuantity(Amounts.proto(content.quantity(), content.unit()))
                        .addAllSerialNumbers(content.serials()));
            }
            shipment.addUnits(shipped);
        }
        return shipment.build();
    }
}
