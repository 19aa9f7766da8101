package io.forgeline.quality.items;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * An item as scheduling last published it. Immutable here: only {@link Items#apply} writes the table, and
 * {@code version} is scheduling's version of the item, not an optimistic lock of ours.
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

    @Column(name = "make_or_buy")
    public String makeOrBuy;

    public String gtin;

    @Column(name = "product_family")
    public String productFamily;

    @Column(name = "supplier_code")
    public String supplierCode;

    public long version;

    @Column(name = "changed_at")
    public Instant changedAt;
}
