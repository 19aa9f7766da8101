package io.forgeline.warehouse.stock;

import java.math.BigDecimal;

/** Of a BLOCKED balance, how much quality holds blocked there: what a lift may give back to AVAILABLE. */
public record HeldStock(StockBalance balance, BigDecimal quantity) {
}
