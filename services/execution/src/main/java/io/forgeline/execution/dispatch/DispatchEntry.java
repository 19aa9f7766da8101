package io.forgeline.execution.dispatch;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One operation of one production order, waiting at (or running on) its work center. */
@Entity
@Table(name = "dispatch_entry")
public class DispatchEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(name = "due_date", nullable = false)
    public Instant dueDate;

    @Column(name = "operation_sequence", nullable = false)
    public int operationSequence;

    @Column(name = "work_center_code", nullable = false)
    public String workCenterCode;

    @Column(nullable = false)
    public String description;

    @Column(name = "setup_minutes", nullable = false)
    public long setupMinutes;

    @Column(name = "run_minutes", nullable = false)
    public BigDecimal runMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OperationStatus status;

    @Column(name = "released_at", nullable = false)
    public Instant releasedAt;

    @Version
    public long version;
}
