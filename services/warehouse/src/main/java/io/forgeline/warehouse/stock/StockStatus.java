package io.forgeline.warehouse.stock;

/** Quality status of stock: only AVAILABLE stock may be issued to production. */
public enum StockStatus {
    AVAILABLE, QUARANTINE, BLOCKED
}
