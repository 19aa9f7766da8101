package io.forgeline.scheduling.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.platform.problem.IllegalTransition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionOrderTest {

    private static ProductionOrder planned() {
        return ProductionOrder.planned("MO-000001", "GEARBOX-A", BigDecimal.TEN, "PCE", Instant.parse("2030-01-01T00:00:00Z"),
                List.of(), true, "planner", Instant.parse("2029-12-01T00:00:00Z"));
    }

    @Test
    void a_planned_order_is_released_and_remembers_where_it_came_from() {
        ProductionOrder order = planned();

        assertEquals(OrderStatus.PLANNED, order.moveTo(OrderStatus.RELEASED));
        assertEquals(OrderStatus.RELEASED, order.status);
    }

    @Test
    void a_completed_order_cannot_go_back_to_released() {
        ProductionOrder order = planned();
        order.moveTo(OrderStatus.RELEASED);
        order.moveTo(OrderStatus.IN_PROGRESS);
        order.moveTo(OrderStatus.COMPLETED);

        IllegalTransition refused = assertThrows(IllegalTransition.class, () -> order.moveTo(OrderStatus.RELEASED));
        assertEquals("production order MO-000001 is COMPLETED and cannot become RELEASED", refused.getMessage());
    }

    @Test
    void a_cancelled_order_stays_cancelled() {
        ProductionOrder order = planned();
        order.moveTo(OrderStatus.CANCELLED);

        assertThrows(IllegalTransition.class, () -> order.moveTo(OrderStatus.IN_PROGRESS));
    }
}
