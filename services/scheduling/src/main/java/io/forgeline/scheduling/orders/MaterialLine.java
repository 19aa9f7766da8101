package io.forgeline.scheduling.orders;

import io.forgeline.platform.quantity.Quantity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A component the order consumes, how much of it the warehouse could issue at release, and when a supplier
 * promised the missing quantity. Part of the {@link ProductionOrder}: it changes only through the order.
 */
@Embeddable
public class MaterialLine {

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private BigDecimal required;

    /** Null when the warehouse could not be asked in time: unknown, not zero. */
    private BigDecimal available;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private boolean purchased;

    /** When the supplier promised the missing quantity; null until a purchase order for it is confirmed. */
    @Column(name = "expected_at")
    private Instant expectedAt;

    /** The purchase order whose confirmation {@link #expectedAt} comes from, and which of its confirmations. */
    @Column(name = "promised_by")
    private String promisedBy;

    @Column(name = "promise_confirmation")
    private Integer promiseConfirmation;

    /** 1 for a direct component, 2 for a component of a component, and so on. */
    @Column(name = "bom_level", nullable = false)
    private int level = 1;

    protected MaterialLine() {
    }

    MaterialLine(String itemCode, Quantity required, Quantity available, boolean purchased, int level) {
        this.itemCode = itemCode;
        this.required = required.amount();
        this.available = available == null ? null : available.amount();
        this.unit = required.unit();
        this.purchased = purchased;
        this.level = level;
    }

    /** What is missing now; zero when enough is in stock or availability is unknown. */
    public Quantity shortage() {
        if (available == null || available.compareTo(required) >= 0) {
            return Quantity.zero(unit);
        }
        return new Quantity(required.subtract(available), unit);
    }

    /**
     * Takes a supplier's promise unless the line already holds a newer one of the same purchase order: the
     * confirmations of one purchase order are numbered, and one that arrives late (a redelivery, a replayed
     * dead letter) must not take back a date confirmed after it. A promise of another purchase order replaces
     * the one held (one purchase order covers one shortage; a second one is the buyer's newer decision).
     *
     * @return whether the line changed
     */
    boolean takePromise(SupplierPromise promise) {
        if (promise.purchaseOrderNumber().equals(promisedBy) && promiseConfirmation != null
                && promise.confirmation() <= promiseConfirmation) {
            return false;
        }
        expectedAt = promise.arrivesAt();
        promisedBy = promise.purchaseOrderNumber();
        promiseConfirmation = promise.confirmation();
        return true;
    }

    public String itemCode() {
        return itemCode;
    }

    public BigDecimal required() {
        return required;
    }

    public BigDecimal available() {
        return available;
    }

    public String unit() {
        return unit;
    }

    public boolean purchased() {
        return purchased;
    }

    public Instant expectedAt() {
        return expectedAt;
    }

    public int level() {
        return level;
    }
}
