package io.forgeline.warehouse.shipping;

import io.forgeline.platform.quantity.Quantity;
import io.forgeline.warehouse.picking.PickTask;
import io.forgeline.warehouse.picking.PickTaskView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A delivery as the clerk and the ERP see it: its lines with what was picked of each, its picks and its packages. */
public record DeliveryView(UUID id, String number, String customerCode, String customerName, String customerReference, LocalDate shipOn,
                           String shipFrom, DeliveryStatus status, boolean hasShortage, List<LineView> lines, List<PickTaskView> picks,
                           List<PackageView> packages, Instant createdAt, String createdBy, Instant shippedAt, String shippedBy) {

    public record LineView(int line, String itemCode, Quantity quantity, Quantity picked) {
    }

    /** @param pallet the SSCC of the pallet it is on; null when it travels alone */
    public record PackageView(String sscc, String pallet, List<ContentView> contents, Instant packedAt, String packedBy) {
    }

    public record ContentView(String itemCode, String lot, LocalDate expiresOn, Quantity quantity, List<String> serialNumbers) {
    }

    static DeliveryView of(Delivery delivery, List<PickTask> picks, List<DeliveryPackage> packages, Map<String, String> pallets) {
        List<LineView> lines = delivery.lines().stream().map(line -> new LineView(line.line(), line.itemCode(),
                new Quantity(line.quantity(), line.unit()), new Quantity(pickedOf(line, picks), line.unit()))).toList();
        return new DeliveryView(delivery.id, delivery.number, delivery.customerCode, delivery.customerName, delivery.customerReference,
                delivery.shipOn, delivery.shipFrom, delivery.status(), delivery.hasShortage, lines, picks.stream().map(PickTaskView::of).toList(),
                packages.stream().map(unit -> packageOf(unit, pallets.get(unit.sscc))).toList(), delivery.createdAt, delivery.createdBy,
                delivery.shippedAt,
                delivery.shippedBy);
    }

    /** What the delivery's picks of the line's item took (one line per item). */
    private static BigDecimal pickedOf(Delivery.Line line, List<PickTask> picks) {
        return picks.stream().filter(task -> task.itemCode.equals(line.itemCode()) && task.picked != null).map(task -> task.picked)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static PackageView packageOf(DeliveryPackage unit, String pallet) {
        return new PackageView(unit.sscc, pallet, unit.contents().stream()
                .map(c -> new ContentView(c.itemCode(), c.lot(), c.expiresOn(), new Quantity(c.quantity(), c.unit()), c.serials())).toList(),
                unit.packedAt, unit.packedBy);
    }
}
