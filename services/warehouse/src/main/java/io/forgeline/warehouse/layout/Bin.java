package io.forgeline.warehouse.layout;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Arrays;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A place in the stores a clerk scans; its code is what its barcode says. */
@Entity
@Table(name = "bin")
public class Bin extends PanacheEntityBase {

    @Id
    public String code;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "zone_code")
    public Zone zone;

    /** In the base unit of what it holds; null when not limited. */
    @Column(precision = 18, scale = 6)
    public BigDecimal capacity;

    /** Product families it may hold; empty when any. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "item_classes", nullable = false)
    public String[] itemClasses;

    @Column(nullable = false)
    public boolean blocked;

    @Version
    public long version;

    public boolean holds(String itemClass) {
        return itemClasses.length == 0 || Arrays.asList(itemClasses).contains(itemClass);
    }
}
