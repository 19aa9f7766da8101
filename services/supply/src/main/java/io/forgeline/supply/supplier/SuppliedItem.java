package io.forgeline.supply.supplier;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An item a supplier supplies, and the terms it is ordered on. */
@Entity
@Table(name = "supplied_item")
public class SuppliedItem extends PanacheEntityBase {

    /** Default over-delivery tolerance, per cent of a line: what an ASN may announce beyond the ordered quantity. */
    public static final BigDecimal DEFAULT_TOLERANCE = BigDecimal.TEN;

    @EmbeddedId
    public Key key;

    /** The supplier's own number for the item, printed on its documents. */
    @Column(name = "supplier_item_number")
    public String supplierItemNumber;

    @Column(name = "lead_time_days", nullable = false)
    public int leadTimeDays;

    @Column(name = "minimum_order_quantity", nullable = false)
    public BigDecimal minimumOrderQuantity = BigDecimal.ZERO;

    /** Orders are whole multiples of this (a carton, a pallet); zero: any quantity. */
    @Column(name = "order_multiple", nullable = false)
    public BigDecimal orderMultiple = BigDecimal.ZERO;

    @Column(name = "over_delivery_tolerance", nullable = false)
    public BigDecimal overDeliveryTolerance = DEFAULT_TOLERANCE;

    @Version
    public long version;

    @Embeddable
    public record Key(@Column(name = "supplier_code") String supplierCode, @Column(name = "item_code") String itemCode)
            implements Serializable {
    }

    /** What to order to cover {@code needed}: at least the minimum order quantity, rounded up to whole multiples. */
    public static BigDecimal orderQuantity(BigDecimal needed, BigDecimal minimum, BigDecimal multiple) {
        BigDecimal quantity = needed.max(minimum);
        if (multiple.signum() > 0) {
            quantity = quantity.divide(multiple, 0, RoundingMode.CEILING).multiply(multiple);
        }
        return quantity.stripTrailingZeros();
    }
}
