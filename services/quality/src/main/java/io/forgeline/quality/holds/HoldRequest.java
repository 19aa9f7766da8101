package io.forgeline.quality.holds;

/**
 * A hold as an engineer places it: the item, optionally one lot and the supplier who delivered it, and why. A
 * supplier without a lot holds nothing more precise than the item, so it needs a lot.
 */
public record HoldRequest(String itemCode, String lot, String supplierCode, String reason) {
}
