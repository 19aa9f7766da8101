package io.forgeline.execution.progress;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.Quantities;
import io.forgeline.execution.terminal.Acting;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One quantity report on an operation, partial or with its completion: the history behind the operation's totals,
 * with who reported it when, at which terminal, and why pieces were scrapped or go to rework. Written once, never changed.
 */
@Entity
@Table(name = "quantity_report")
public class QuantityReport extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false)
    private UUID orderId;

    @Column(name = "operation_sequence", nullable = false)
    private int operationSequence;

    @Column(name = "good_quantity", nullable = false)
    private BigDecimal goodQuantity;

    @Column(name = "scrap_quantity", nullable = false)
    private BigDecimal scrapQuantity;

    @Column(name = "scrap_reason_code")
    private String scrapReasonCode;

    @Column(name = "rework_quantity", nullable = false)
    private BigDecimal reworkQuantity;

    @Column(name = "rework_reason_code")
    private String reworkReasonCode;

    @Column(name = "completes_operation", nullable = false)
    private boolean completesOperation;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    private String terminal;

    protected QuantityReport() {
    }

    static QuantityReport of(DispatchEntry operation, Quantities pieces, Optional<String> scrapReason, Optional<String> reworkReason,
            boolean completes, Acting who, Instant at) {
        QuantityReport report = new QuantityReport();
        report.id = UUID.randomUUID();
        report.orderId = operation.orderId();
        report.operationSequence = operation.operationSequence();
        report.goodQuantity = pieces.good();
        report.scrapQuantity = pieces.scrap();
        report.scrapReasonCode = scrapReason.orElse(null);
        report.reworkQuantity = pieces.rework();
        report.reworkReasonCode = reworkReason.orElse(null);
        report.completesOperation = completes;
        report.reportedAt = at;
        report.reportedBy = who.name();
        report.terminal = who.terminalOrNull();
        return report;
    }

    UUID id() {
        return id;
    }

    UUID orderId() {
        return orderId;
    }

    int operationSequence() {
        return operationSequence;
    }

    Quantities pieces() {
        return new Quantities(goodQuantity, scrapQuantity, reworkQuantity);
    }

    String scrapReasonCode() {
        return scrapReasonCode;
    }

    String reworkReasonCode() {
        return reworkReasonCode;
    }

    boolean completesOperation() {
        return completesOperation;
    }

    Instant reportedAt() {
        return reportedAt;
    }

    String reportedBy() {
        return reportedBy;
    }

    String terminal() {
        return terminal;
    }
}
