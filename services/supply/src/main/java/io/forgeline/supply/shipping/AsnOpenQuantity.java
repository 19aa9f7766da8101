package io.forgeline.supply.shipping;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** What one open ASN announces for one purchase order line. Gone when the ASN closes. */
@Entity
@Table(name = "asn_open_quantity")
public class AsnOpenQuantity extends PanacheEntityBase {

    @EmbeddedId
    Key key;

    @Column(nullable = false)
    BigDecimal quantity;

    @Embeddable
    public record Key(@Column(name = "asn_id") UUID asnId, @Column(name = "purchase_order_id") UUID purchaseOrderId,
                      @Column(name = "line_number") int lineNumber) implements Serializable {
    }

    static AsnOpenQuantity of(UUID asnId, UUID purchaseOrderId, int lineNumber, BigDecimal quantity) {
        AsnOpenQuantity row = new AsnOpenQuantity();
        row.key = new Key(asnId, purchaseOrderId, lineNumber);
        row.quantity = quantity;
        return row;
    }
}
