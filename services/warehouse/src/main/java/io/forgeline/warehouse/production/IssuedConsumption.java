package io.forgeline.warehouse.production;

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
 * A consumption execution reported that warehouse has issued, kept so that it is issued once whatever event brings it
 * again, and so that execution can ask which of its consumptions are issued. Written in the transaction of the issue.
 */
@Entity
@Table(name = "issued_consumption")
public class IssuedConsumption extends PanacheEntityBase {

    @Id
    @Column(name = "consumption_id")
    private UUID consumptionId;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private String lot;

    @Column(nullable = false, precision = 18, scale = 6)
    private BigDecimal quantity;

    @Column(nullable = false)
    private String unit;

    /** The ledger posting that issued it. */
    @Column(name = "posting_id", nullable = false)
    private UUID postingId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Version
    private long version;

    static IssuedConsumption issued(UUID consumptionId, String orderNumber, String itemCode, String lot, BigDecimal quantity, String unit,
            UUID postingId, Instant issuedAt) {
        IssuedConsumption issued = new IssuedConsumption();
        issued.consumptionId = consumptionId;
        issued.orderNumber = orderNumber;
        issued.itemCode = itemCode;
        issued.lot = lot;
        issued.quantity = quantity;
        issued.unit = unit;
        issued.postingId = postingId;
        issued.issuedAt = issuedAt;
        return issued;
    }

    UUID consumptionId() {
        return consumptionId;
    }
}
