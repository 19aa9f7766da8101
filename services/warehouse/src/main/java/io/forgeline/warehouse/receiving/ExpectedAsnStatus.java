package io.forgeline.warehouse.receiving;

/** OPEN until the supplier cancels it or every handling unit has been received. */
public enum ExpectedAsnStatus {
    OPEN, CANCELLED, RECEIVED
}
