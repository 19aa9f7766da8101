package io.forgeline.supply.supplier;

import io.forgeline.platform.problem.NotFound;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who we buy from and on which terms; purchasing asks here, inside its own transaction. */
@ApplicationScoped
public class SupplierDirectory {

    public Uni<Supplier> supplier(String code) {
        return Supplier.<Supplier>findById(code).onItem().ifNull().failWith(() -> new NotFound("supplier", code));
    }

    /** The terms an item is ordered on from a supplier; an item without terms is ordered exactly as needed. */
    public Uni<Terms> terms(String supplierCode, String itemCode) {
        return terms(supplierCode, List.of(itemCode)).map(terms -> terms.get(itemCode));
    }

    /** The terms of several items in one read; an item without terms is ordered exactly as needed. */
    public Uni<Map<String, Terms>> terms(String supplierCode, Collection<String> itemCodes) {
        if (itemCodes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SuppliedItem.<SuppliedItem>list("key.supplierCode = ?1 and key.itemCode in ?2", supplierCode, List.copyOf(itemCodes))
                .map(rows -> {
                    Map<String, Terms> terms = new HashMap<>();
                    itemCodes.forEach(code -> terms.put(code, Terms.NONE));
                    rows.forEach(item -> terms.put(item.key.itemCode(), Terms.of(item)));
                    return terms;
                });
    }

    /**
     * @param overDeliveryTolerance per cent of a line an ASN may announce beyond it
     */
    public record Terms(String supplierItemNumber, BigDecimal minimumOrderQuantity, BigDecimal orderMultiple,
                        BigDecimal overDeliveryTolerance, int leadTimeDays) {

        public static final Terms NONE = new Terms(null, BigDecimal.ZERO, BigDecimal.ZERO, SuppliedItem.DEFAULT_TOLERANCE, 0);

        static Terms of(SuppliedItem item) {
            return new Terms(item.supplierItemNumber, item.minimumOrderQuantity, item.orderMultiple, item.overDeliveryTolerance,
                    item.leadTimeDays);
        }

        public BigDecimal orderQuantityFor(BigDecimal needed) {
            return SuppliedItem.orderQuantity(needed, minimumOrderQuantity, orderMultiple);
        }
    }
}
