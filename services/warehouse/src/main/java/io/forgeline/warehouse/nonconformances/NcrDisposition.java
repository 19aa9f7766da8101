package io.forgeline.warehouse.nonconformances;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An NCR disposition warehouse has booked, kept so that it is booked once whatever event brings it again. Written in
 * the transaction of its postings; REWORK and REPAIR, which book nothing, are kept without a posting.
 */
@Entity
@Table(name = "ncr_disposition")
public class NcrDisposition extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "ncr_id", nullable = false)
    private String ncrId;

    @Column(name = "ncr_number", nullable = false)
    private String ncrNumber;

    /** USE_AS_IS, REWORK, REPAIR, SCRAP or RETURN_TO_SUPPLIER. */
    @Column(nullable = false)
    private String action;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private String lot;

    @Column(nullable = false, precision = 18, scale = 6)
    private BigDecimal quantity;

    @Column(nullable = false)
    private String unit;

    @Column(name = "supplier_code", nullable = false)
    private String supplierCode;

    private String reason;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The ledger posting that booked it; null for what books nothing. */
    @Column(name = "posting_id")
    private UUID postingId;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Version
    private long version;

    /** What quality decided, as warehouse keeps it. */
    record Facts(UUID id, String ncrId, String ncrNumber, String action, String itemCode, String lot, BigDecimal quantity,
                 String unit, String supplierCode, String reason, String decidedBy, Instant decidedAt) {
    }

    static NcrDisposition booked(Facts facts, UUID postingId, Instant bookedAt) {
        NcrDisposition disposition = new NcrDisposition();
        disposition.id = facts.id();
        disposition.ncrId = facts.ncrId();
        disposition.ncrNumber = facts.ncrNumber();
        disposition.action = facts.action();
        disposition.itemCode = facts.itemCode();
        disposition.lot = facts.lot();
        disposition.quantity = facts.quantity();
        disposition.unit = facts.unit();
        disposition.supplierCode = facts.supplierCode();
        disposition.reason = facts.reason();
        disposition.decidedBy = facts.decidedBy();
        disposition.decidedAt = facts.decidedAt();
        disposition.postingId = postingId;
        disposition.bookedAt = bookedAt;
        return disposition;
    }
}
