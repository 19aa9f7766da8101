package io.forgeline.execution.consumption;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Material scanned into an operation; {@code id} is the consumption_id warehouse issues it under, once. */
@Entity
@Table(name = "material_consumption")
public class MaterialConsumption extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "operation_sequence", nullable = false)
    public int operationSequence;

    @Column(name = "work_center_code", nullable = false)
    public String workCenterCode;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String lot;

    /** The handling unit scanned; null when the lot was scanned loose. */
    public String sscc;

    /** The serialised unit scanned (one piece of the lot); null when none was. */
    public String serial;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    /** Not staged at the work center: consumed from where it lay. */
    @Column(nullable = false)
    public boolean unstaged;

    @Column(name = "consumed_at", nullable = false)
    public Instant consumedAt;

    @Column(name = "consumed_by", nullable = false)
    public String consumedBy;

    /** The terminal it was scanned at; null when the request named none. */
    public String terminal;

    /** Warehouse said it has issued it: it no longer counts against the lot's stock here. */
    @Column(nullable = false)
    public boolean issued;
}
