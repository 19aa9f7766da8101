package io.forgeline.warehouse.shipping;

import io.forgeline.warehouse.layout.Layout;
import io.forgeline.warehouse.picking.PickOwner;
import io.forgeline.warehouse.picking.PickTask;
import io.forgeline.warehouse.picking.PickTaskStatus;
import io.forgeline.warehouse.picking.Picking;
import io.forgeline.warehouse.stock.StockBalance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Predicate;

/**
 * A delivery's short pick is made up from other stock, as a production order's is; what no stock covers is marked on
 * the delivery, which then ships less than ordered.
 */
@ApplicationScoped
class DeliveryPicks implements PickOwner {

    private final Picking picking;
    private final Layout layout;

    DeliveryPicks(Picking picking, Layout layout) {
        this.picking = picking;
        this.layout = layout;
    }

    @Override
    public Uni<Void> picked(PickTask task, Predicate<StockBalance> foundShort) {
        if (task.status() != PickTaskStatus.SHORT) {
            return Uni.createFrom().voidItem();
        }
        return Delivery.<Delivery>findById(task.orderId).flatMap(delivery -> delivery == null ? Uni.createFrom().voidItem()
                : layout.bin("toBin", task.toBin)
                        .flatMap(target -> picking.plan(new Picking.PickOrder(delivery.id, delivery.number, task.neededBy), task.itemCode,
                                task.missing(), task.unit, target, foundShort))
                        .invoke(shortfall -> delivery.hasShortage |= shortfall.signum() > 0)
                        .replaceWithVoid());
    }
}
