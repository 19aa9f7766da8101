package io.forgeline.supply.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.platform.problem.IllegalTransition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The purchase order's own rules for a supplier's confirmation, without a database. */
class PurchaseOrderTest {

    private static final Instant NOW = Instant.parse("2030-01-10T08:00:00Z");
    private static final Instant FIRST_DATE = Instant.parse("2030-01-20T06:00:00Z");
    private static final Instant LATER_DATE = Instant.parse("2030-01-24T06:00:00Z");

    private static PurchaseOrder order(PurchaseOrderStatus status) {
        PurchaseOrder order = new PurchaseOrder();
        order.id = UUID.randomUUID();
        order.number = "PO-000042";
        order.supplierCode = "ACME";
        order.itemCode = "BEARING-6204";
        order.quantity = new BigDecimal("40");
        order.unit = "PCE";
        order.needDate = Instant.parse("2030-01-25T00:00:00Z");
        order.status = status;
        order.createdAt = NOW.minusSeconds(3600);
        return order;
    }

    @Test
    void the_first_confirmation_makes_an_open_order_confirmed_with_the_promised_date() {
        PurchaseOrder order = order(PurchaseOrderStatus.OPEN);

        assertTrue(order.confirm(FIRST_DATE, NOW));

        assertEquals(PurchaseOrderStatus.CONFIRMED, order.status);
        assertEquals(FIRST_DATE, order.promisedDate);
        assertEquals(1, order.confirmations);
        assertEquals(NOW, order.confirmedAt);
    }

    @Test
    void a_new_date_counts_as_the_next_confirmation() {
        PurchaseOrder order = order(PurchaseOrderStatus.OPEN);
        order.confirm(FIRST_DATE, NOW);

        assertTrue(order.confirm(LATER_DATE, NOW.plusSeconds(60)));

        assertEquals(PurchaseOrderStatus.CONFIRMED, order.status);
        assertEquals(LATER_DATE, order.promisedDate);
        assertEquals(2, order.confirmations);
        assertEquals(NOW.plusSeconds(60), order.confirmedAt);
    }

    @Test
    void the_date_already_promised_is_not_a_new_confirmation() {
        PurchaseOrder order = order(PurchaseOrderStatus.OPEN);
        order.confirm(FIRST_DATE, NOW);

        assertFalse(order.confirm(FIRST_DATE, NOW.plusSeconds(60)));

        assertEquals(1, order.confirmations);
        assertEquals(NOW, order.confirmedAt);
    }

    @ParameterizedTest
    @EnumSource(value = PurchaseOrderStatus.class, names = {"SHIPPED", "RECEIVED", "CANCELLED"})
    void an_order_that_shipped_arrived_or_was_cancelled_can_no_longer_be_confirmed(PurchaseOrderStatus status) {
        PurchaseOrder order = order(status);

        IllegalTransition refused = assertThrows(IllegalTransition.class, () -> order.confirm(FIRST_DATE, NOW));

        assertTrue(refused.getMessage().contains("PO-000042 is " + status), refused.getMessage());
        assertEquals(status, order.status);
        assertEquals(0, order.confirmations);
    }
}
