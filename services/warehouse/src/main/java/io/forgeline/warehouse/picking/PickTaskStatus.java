package io.forgeline.warehouse.picking;

/** OPEN (its stock reserved) until picked in full (PICKED), picked short (SHORT) or its order was cancelled. */
public enum PickTaskStatus {
    OPEN, PICKED, SHORT, CANCELLED
}
