package io.forgeline.quality.nonconformance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A supplier's answer to an NCR of its material: how it contains it, the cause it found, what it does about it. */
@Entity
@Table(name = "ncr_supplier_response")
public class SupplierResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ncr_id", nullable = false)
    public UUID ncrId;

    @Column(name = "supplier_code", nullable = false)
    public String supplierCode;

    public String containment;

    @Column(name = "root_cause")
    public String rootCause;

    @Column(name = "corrective_action")
    public String correctiveAction;

    public String comment;

    @Column(name = "responded_at", nullable = false)
    public Instant respondedAt;

    @Column(name = "responded_by", nullable = false)
    public String respondedBy;
}
