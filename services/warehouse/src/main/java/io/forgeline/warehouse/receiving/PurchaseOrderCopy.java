package io.forgeline.warehouse.receiving;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A purchase order as supply last announced it: which lines a receipt without an ASN may be counted against. */
@Entity
@Table(name = "purchase_order_copy")
public class PurchaseOrderCopy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "supplier_code", nullable = false)
    public String supplierCode;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public boolean cancelled;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Lines lines;

    @Version
    public long version;

    /** One line at the order's latest revision. */
    public record Line(int lineNumber, String itemCode, BigDecimal quantity, String unit, String status) {
    }

    record Lines(List<Line> lines) {
    }

    public List<Line> lines() {
        return lines.lines();
    }

    Optional<Line> line(int lineNumber) {
        return lines().stream().filter(line -> line.lineNumber() == lineNumber).findFirst();
    }
}
