package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** Units suppliers deliver it in, each with the base units one holds (1 BOX = 50 PCE); none for most items. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "purchase_units", nullable = false)
    public PurchaseUnits purchaseUnits = PurchaseUnits.NONE;

    /** Each unit made of it gets a serial number; only for an item with a GTIN counted in pieces (see {@link #PIECES}). */
    @Column(nullable = false)
    public boolean serialised;

    @Version
    public long version;

    /** The units that count pieces: what cannot be split, and what a serial number can be given to one by one. */
    public static final Set<String> PIECES = Set.of("PCE", "EA", "PC");

    /** One purchase unit: how many base units one of it holds. */
    public record PurchaseUnit(String unit, BigDecimal factor) {
    }

    /** The purchase units as one JSON object: Hibernate Reactive reads and writes a JSON column's root as an object. */
    public record PurchaseUnits(List<PurchaseUnit> units) {
        public static final PurchaseUnits NONE = new PurchaseUnits(List.of());
    }

    public boolean isBought() {
        return makeOrBuy == MakeOrBuy.BUY;
    }

    /** Pieces cannot be split: a requirement of 100.2 pieces means 101 pieces. */
    public boolean isCountedInWholeUnits() {
        return PIECES.contains(unit);
    }
}
