package io.forgeline.warehouse.stock;

/** Why stock moved. Each is a ledger row (or two, for a move from one place or status to another). */
public enum MovementType {
    /** Stock that was there before the ledger. */
    OPENING,
    RECEIPT,
    PUTAWAY,
    TRANSFER,
    PICK,
    /** To production, or unplanned (to maintenance, to a lab) with a reason. */
    ISSUE,
    PRODUCTION_RECEIPT,
    SHIPMENT,
    /** Quality released, blocked or quarantined it. */
    STATUS_CHANGE,
    SCRAP,
    COUNT_ADJUSTMENT,
    /**
     * Nonconforming goods sent back to their supplier (an NCR's RETURN_TO_SUPPLIER). Not a SHIPMENT: that is a delivery
     * to a customer, and counting returns among shipments would misstate both.
     */
    SUPPLIER_RETURN
}
