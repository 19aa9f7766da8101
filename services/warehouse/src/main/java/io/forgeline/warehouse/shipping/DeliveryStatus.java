package io.forgeline.warehouse.shipping;

/** OPEN while it is picked and packed; SHIPPED once it left (nothing changes after that). */
public enum DeliveryStatus {
    OPEN,
    SHIPPED
}
