package io.forgeline.quality.switching;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The audit of the switching rules: every change of severity (or discontinuation), why, after which lot, by whom. */
@Entity
@Table(name = "switching_change")
public class SwitchingChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(name = "supplier_code", nullable = false)
    public String supplierCode;

    @Column(name = "defect_class", nullable = false)
    public String defectClass;

    @Column(name = "from_severity", nullable = false)
    public String fromSeverity;

    @Column(name = "to_severity", nullable = false)
    public String toSeverity;

    public boolean discontinued;

    @Column(nullable = false)
    public String reason;

    @Column(name = "inspection_lot_id")
    public UUID inspectionLotId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;
}
