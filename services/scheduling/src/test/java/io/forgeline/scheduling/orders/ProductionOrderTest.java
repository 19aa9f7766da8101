package io.forgeline.scheduling.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.quantity.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionOrderTest {

    private static final Instant DAY_1 = Instant.parse("2030-01-10T06:00:00Z");
    private static final Instant DAY_3 = Instant.parse("2030-01-12T06:00:00Z");

    private static ProductionOrder planned() {
        return planned(List.of());
    }

    private static ProductionOrder planned(List<MaterialLine> materials) {
        return ProductionOrder.planned("MO-000001", "GEARBOX-A", BigDecimal.TEN, "PCE", Instant.parse("2030-01-01T00:00:00Z"),
                null, Priority.NORMAL, materials, true, "planner", Instant.parse("2029-12-01T00:00:00Z"));
    }

    /** 20 bearings needed, 5 on the shelf: a supplier has to promise the other 15. */
    private static ProductionOrder shortOfBearings() {
        ProductionOrder order = planned(List.of(new MaterialLine("BEARING-6204", Quantity.of("20", "PCE"), Quantity.of("5", "PCE"), true, 1)));
        order.release();
        return order;
    }

    private static SupplierPromise promise(Instant arrivesAt, String purchaseOrder, int confirmation) {
        return new SupplierPromise("MO-000001", "BEARING-6204", arrivesAt, purchaseOrder, confirmation);
    }

    @Test
    void a_planned_order_is_released_and_remembers_where_it_came_from() {
        ProductionOrder order = planned();

        assertEquals(OrderStatus.PLANNED, order.release());
        assertEquals(OrderStatus.RELEASED, order.status());
    }

    @Test
    void a_completed_order_cannot_go_back_to_released() {
        ProductionOrder order = planned();
        order.release();
        order.start();
        order.complete();

        IllegalTransition refused = assertThrows(IllegalTransition.class, order::release);
        assertEquals("production order MO-000001 is COMPLETED and cannot become RELEASED", refused.getMessage());
    }

    @Test
    void a_cancelled_order_stays_cancelled() {
        ProductionOrder order = planned();
        order.cancel();

        assertEquals(Optional.empty(), order.start());
        assertEquals(Optional.empty(), order.complete());
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertThrows(IllegalTransition.class, order::cancel);
    }

    @Test
    void an_order_the_shop_floor_has_started_cannot_be_cancelled() {
        ProductionOrder order = planned();
        order.release();
        order.schedule();
        assertEquals(Optional.of(OrderStatus.SCHEDULED), order.start());

        IllegalTransition refused = assertThrows(IllegalTransition.class, order::cancel);
        assertEquals("production order MO-000001 is IN_PROGRESS and cannot become CANCELLED", refused.getMessage());
    }

    @Test
    void only_a_released_order_becomes_scheduled() {
        ProductionOrder order = planned();
        assertEquals(Optional.empty(), order.schedule());
        order.release();
        assertEquals(Optional.of(OrderStatus.RELEASED), order.schedule());
        assertEquals(OrderStatus.SCHEDULED, order.status());
    }

    @Test
    void a_later_promise_for_short_material_moves_the_plan() {
        ProductionOrder order = shortOfBearings();

        assertTrue(order.promised(promise(DAY_1, "PO-000007", 1)));
        assertEquals(DAY_1, order.materialReadyAt());
        assertTrue(order.promised(promise(DAY_3, "PO-000007", 2)));
        assertEquals(DAY_3, order.materialReadyAt());
    }

    @Test
    void an_older_confirmation_delivered_after_a_newer_one_changes_nothing() {
        ProductionOrder order = shortOfBearings();
        order.promised(promise(DAY_3, "PO-000007", 2));

        assertFalse(order.promised(promise(DAY_1, "PO-000007", 1)));

        assertEquals(DAY_3, order.materialReadyAt());
    }

    @Test
    void a_cancelled_order_takes_no_promise() {
        ProductionOrder order = shortOfBearings();
        order.cancel();

        assertFalse(order.promised(promise(DAY_1, "PO-000007", 1)));
        assertEquals(null, order.materialReadyAt());
    }
}
