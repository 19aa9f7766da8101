package io.forgeline.quality.results;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One recorded result, never changed: nonconforming units among units inspected, or one unit's measured value. */
@Entity
@Table(name = "inspection_result")
public class InspectionResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "lot_id", nullable = false)
    public UUID lotId;

    @Column(name = "characteristic_code", nullable = false)
    public String characteristicCode;

    @Column(nullable = false)
    public int inspected;

    @Column(nullable = false)
    public int nonconforming;

    /** The measured value of one sample unit (variables); null for attributes. */
    public BigDecimal measured;

    /** Defect codes found, comma separated. */
    @Column(name = "defect_codes", nullable = false)
    public String defectCodes = "";

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
