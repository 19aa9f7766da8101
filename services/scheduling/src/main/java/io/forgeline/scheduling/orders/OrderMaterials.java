package io.forgeline.scheduling.orders;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Suppliers' promises for the short bought components of orders. */
@ApplicationScoped
public class OrderMaterials {

    /**
     * Records a supplier's promise on the order's material line, unless the line holds a newer one. In the
     * caller's transaction.
     *
     * @return true when the promise is later than what planning assumed so far (the plan must move)
     */
    public Uni<Boolean> promised(SupplierPromise promise) {
        return ProductionOrder.<ProductionOrder>find("number", promise.productionOrderNumber()).firstResult()
                .map(order -> order != null && order.promised(promise));
    }
}
