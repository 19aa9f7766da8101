package io.forgeline.supply.shipping;

/** OPEN while the goods are on their way (it can be replaced or cancelled); CANCELLED by the supplier; RECEIVED at our dock. */
public enum AsnStatus {
    OPEN, CANCELLED, RECEIVED
}
