package io.forgeline.execution.dispatch;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A component one operation of a released order consumes, for the whole order quantity, as scheduling fixed it at
 * release. Written once with the order's dispatch entries; read when an operator scans material into the operation.
 */
@Entity
@Table(name = "operation_component")
public class OperationComponent extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Embeddable
    public record Key(@Column(name = "order_id") UUID orderId, @Column(name = "operation_sequence") int operationSequence,
                      @Column(name = "item_code") String itemCode) implements Serializable {
    }

    static OperationComponent of(UUID orderId, int sequence, String itemCode, BigDecimal quantity, String unit) {
        OperationComponent component = new OperationComponent();
        component.key = new Key(orderId, sequence, itemCode);
        component.quantity = quantity;
        component.unit = unit;
        return component;
    }

    public String itemCode() {
        return key.itemCode();
    }

    /** What the operation consumes, by item code. In the caller's session. */
    public static Uni<List<OperationComponent>> of(UUID orderId, int sequence) {
        return list("key.orderId = ?1 and key.operationSequence = ?2 order by key.itemCode", orderId, sequence);
    }
}
