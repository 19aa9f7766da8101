package io.forgeline.warehouse.picking;

import io.forgeline.platform.quantity.Quantity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pick task as the picker's handheld shows it: what, from where, to which staging bin, by when. */
public record PickTaskView(UUID id, String number, String orderNumber, String itemCode, String lot, LocalDate expiresOn, String fromBin,
                           String fromHandlingUnit, String toBin, String zone, Quantity quantity, Quantity picked, Instant neededBy,
                           PickTaskStatus status, String pickedBy, Instant pickedAt) {

    public static PickTaskView of(PickTask task) {
        return new PickTaskView(task.id, task.number, task.orderNumber, task.itemCode, task.lot, task.expiresOn, task.fromBin, task.fromSscc,
                task.toBin, task.zone, new Quantity(task.quantity, task.unit), task.picked == null ? null : new Quantity(task.picked, task.unit),
                task.neededBy, task.status(), task.pickedBy, task.pickedAt);
    }
}
