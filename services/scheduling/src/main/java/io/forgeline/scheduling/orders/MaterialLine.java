package io.forgeline.scheduling.orders;

import io.forgeline.platform.quantity.Quantity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A component the order consumes, and how much of it the warehouse could issue at release. */
@Embeddable
public class MaterialLine {

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public BigDecimal required;

    /** Null when the warehouse could not be asked in time: unknown, not zero. */
    public BigDecimal available;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public boolean purchased;

    /** When the supplier promised the missing quantity; null until a purchase order for it is confirmed. */
    @Column(name = "expected_at")
    public java.time.Instant expectedAt;

    /** 1 for a direct component, 2 for a component of a component, and so on. */
    @Column(name = "bom_level", nullable = false)
    public int level = 1;

    protected MaterialLine() {
    }

    MaterialLine(String itemCode, Quantity required, Quantity available, boolean purchased, int level) {
        this(itemCode, required, available, purchased);
        this.level = level;
    }

    MaterialLine(String itemCode, Quantity required, Quantity available, boolean purchased) {
        this.itemCode = itemCode;
        this.required = required.amount();
        this.available = available == null ? null : available.amount();
        this.unit = required.unit();
        this.purchased = purchased;
    }

    /** What is missing now; zero when enough is in stock or availability is unknown. */
    public Quantity shortage() {
        if (available == null || available.compareTo(required) >= 0) {
            return Quantity.zero(unit);
        }
        return new Quantity(required.subtract(available), unit);
    }
}
