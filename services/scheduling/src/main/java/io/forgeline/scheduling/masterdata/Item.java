package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "item")
public class Item extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String description;

    /** Unit of measure everything about this item is counted in, e.g. PCE or KG. */
    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "make_or_buy", nullable = false)
    public MakeOrBuy makeOrBuy;

    @Column(name = "supplier_code")
    public String supplierCode;

    public String gtin;

    @Column(name = "product_family")
    public String productFamily;

    @Version
    public long version;

    public boolean isBought() {
        return makeOrBuy == MakeOrBuy.BUY;
    }

    /** Pieces cannot be split: a requirement of 100.2 pieces means 101 pieces. */
    public boolean isCountedInWholeUnits() {
        return "PCE".equals(unit);
    }
}
