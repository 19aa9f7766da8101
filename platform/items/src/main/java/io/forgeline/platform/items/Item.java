package io.forgeline.platform.items;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.key.Gtin;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * An item as scheduling last published it, in the using service's own {@code item} table. Immutable here:
 * only {@link Items#apply} writes the table, and {@code version} is scheduling's version of the item, not an
 * optimistic lock of ours.
 */
@Entity
@Immutable
@Table(name = "item")
public class Item extends PanacheEntityBase {

    @Id
    public String code;

    public String description;

    /** Unit of measure the item is counted in, e.g. PCE, KG. */
    public String unit;

    /** MAKE or BUY. */
    @Column(name = "make_or_buy")
    public String makeOrBuy;

    /** As the master holds it: 8, 12, 13 or 14 digits. */
    public String gtin;

    @Column(name = "product_family")
    public String productFamily;

    @Column(name = "supplier_code")
    public String supplierCode;

    public long version;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** Units suppliers deliver it in, as {@code BOX=50;PAL=2000}; read through {@link PurchaseUnits#factor}. */
    @Column(name = "purchase_units")
    public String purchaseUnits;

    /** Each unit made of it has its own serial number (an SGTIN of its GTIN). */
    public boolean serialised;

    /**
     * The GTIN in its 14-digit form (a GTIN-13 from the item master padded, as in AI (01)), so it compares with what a
     * scan or a supplier's document says; empty when the item master has none, or one that is no GTIN.
     */
    public Optional<Gtin> tradeItemNumber() {
        if (gtin == null || gtin.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Gtin.parse(gtin.trim()));
        } catch (InvalidCode notAGtin) {
            return Optional.empty();
        }
    }
}
