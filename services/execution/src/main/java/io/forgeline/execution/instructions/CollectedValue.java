package io.forgeline.execution.instructions;

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

/**
 * One value an operator recorded on an operation, with the field's definition as it was then (kind, unit, limits).
 * Never changed: recording a field again adds a row, and the latest counts.
 */
@Entity
@Table(name = "collected_value")
public class CollectedValue extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The request that recorded it, with the other values it recorded: what an Idempotency-Key's repeat answers with. */
    @Column(name = "collection_id", nullable = false)
    public UUID collectionId;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "operation_sequence", nullable = false)
    public int operationSequence;

    @Column(name = "field_code", nullable = false)
    public String fieldCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FieldKind kind;

    /** MEASUREMENT only. */
    public BigDecimal measured;

    /** CHECKBOX only. */
    public Boolean checked;

    @Column(name = "lower_limit")
    public BigDecimal lowerLimit;

    @Column(name = "upper_limit")
    public BigDecimal upperLimit;

    public String unit;

    /** MEASUREMENT only: no limit broken. A value outside its limits is recorded all the same: it is what was measured. */
    @Column(name = "within_limits")
    public Boolean withinLimits;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public String terminal;

    /** Whether it fills a required field: a measurement by being there, a checkbox by being ticked. */
    boolean fills() {
        return kind == FieldKind.MEASUREMENT || Boolean.TRUE.equals(checked);
    }
}
