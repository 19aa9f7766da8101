package io.forgeline.warehouse.picking;

/** WAITING for a schedule to place the order's first operation; PLANNED once its picks exist; STAGED when all are picked. */
public enum DemandStatus {
    WAITING, PLANNED, STAGED, CANCELLED
}
