package io.forgeline.supply.purchasing;

public enum PurchaseOrderStatus {
    OPEN, CONFIRMED, SHIPPED, RECEIVED, CANCELLED
}
