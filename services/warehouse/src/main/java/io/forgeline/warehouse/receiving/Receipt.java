package io.forgeline.warehouse.receiving;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Goods received at the dock: one handling unit, as announced, counted and found. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "receipt")
public class Receipt extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Null only for goods received against a purchase order line without a label. */
    public String sscc;

    @Column(name = "asn_id")
    public UUID asnId;

    @Column(name = "asn_number")
    public String asnNumber;

    @Column(name = "supplier_code")
    public String supplierCode;

    @Column(name = "bin_code", nullable = false)
    public String bin;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    @Column(nullable = false)
    public boolean unplanned;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lines", nullable = false)
    Lines document;

    /** The lines as one JSON object: Hibernate Reactive reads and writes a JSON column's root as an object. */
    record Lines(List<ReceivedLine> lines) {
    }

    public List<ReceivedLine> lines() {
        return document.lines();
    }
}
