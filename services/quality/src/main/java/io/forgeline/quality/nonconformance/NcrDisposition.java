package io.forgeline.quality.nonconformance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What becomes of some of an NCR's material. */
@Entity
@Table(name = "ncr_disposition")
public class NcrDisposition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ncr_id", nullable = false)
    public UUID ncrId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NcrAction action;

    @Column(nullable = false)
    public BigDecimal quantity;

    public String reason;

    /** Already booked by the usage decision that opened the NCR (its scrap or return): not sent to warehouse again. */
    @Column(name = "booked_by_decision", nullable = false)
    public boolean bookedByDecision;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;
}
