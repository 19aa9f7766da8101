package io.forgeline.execution.genealogy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Some of lot {@code from} went into lot {@code to}, which the plant produced, by an order's operation. */
@Entity
@Table(name = "genealogy_edge")
public class GenealogyEdge extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "from_item", nullable = false)
    public String fromItem;

    @Column(name = "from_lot", nullable = false)
    public String fromLot;

    /** The serialised unit of {@code fromLot} that went in, when one was scanned; null for loose material. */
    @Column(name = "from_serial")
    public String fromSerial;

    @Column(name = "to_item", nullable = false)
    public String toItem;

    @Column(name = "to_lot", nullable = false)
    public String toLot;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "operation_sequence", nullable = false)
    public int operationSequence;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(name = "consumption_id", nullable = false)
    public UUID consumptionId;

    @Column(name = "consumed_at", nullable = false)
    public Instant consumedAt;

    @Column(name = "consumed_by", nullable = false)
    public String consumedBy;

    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;
}
