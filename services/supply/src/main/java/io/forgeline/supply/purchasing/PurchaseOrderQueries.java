package io.forgeline.supply.purchasing;

import io.forgeline.platform.paging.QueryValues;
import java.util.Optional;

/** Query parameters of the purchase order lists, read once for both faces (400 naming the parameter). */
final class PurchaseOrderQueries {

    private PurchaseOrderQueries() {
    }

    static Optional<PurchaseOrderStatus> status(String status) {
        return QueryValues.oneOf("status", status, PurchaseOrderStatus.class);
    }
}
