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

    private static PurchaseOrder open() {
        return PurchaseOrder.open("PO-000042", "ACME", "BEARING-6204", new BigDecimal("40"), "PCE", Instant.parse("2030-01-25T00:00:00Z"),
                UUID.randomUUID(), "MO-000007", NOW.minusSeconds(3600));
    }

    /**
     * An order in {@code status}. Shipping and receiving come with the ASN issue, so no method leads there yet:
     * the test puts such an order in its state as the database would hand it over.
     */
    private static PurchaseOrder order(PurchaseOrderStatus status) {
        PurchaseOrder order = open();
        switch (status) {
            case OPEN -> { }
            case CONFIRMED -> order.confirm(FIRST_DATE, NOW.minusSeconds(60));
            case CANCELLED -> order.demandCancelled(NOW.minusSeconds(60));
            default -> {
                try {
                    var field = PurchaseOrder.class.getDeclaredField("status");
                    field.setAccessible(true);
                    field.set(order, status);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertEquals(status, order.status());
        return order;
    }

    @Test
    void the_first_confirmation_makes_an_open_order_confirmed_with_the_promised_date() {
        PurchaseOrder order = order(PurchaseOrderStatus.OPEN);

        assertTrue(order.confirm(FIRST_DATE, NOW));

        assertEquals(PurchaseOrderStatus.CONFIRMED, order.status());
        assertEquals(FIRST_DATE, order.promisedDate());
        assertEquals(1, order.confirmations());
        assertEquals(NOW, order.confirmedAt());
    }

    @Test
    void a_new_date_counts_as_the_next_confirmation() {
        PurchaseOrder order = order(PurchaseOrderStatus.OPEN);
        order.confirm(FIRST_DATE, NOW);

        assertTrue(order.confirm(LATER_DATE, NOW.plusSeconds(60)));

        assertEquals(PurchaseOrderStatus.CONFIRMED, order.status());
        assertEquals(LATER_DATE, order.promisedDate());
        assertEquals(2, order.confirmations());
        assertEquals(NOW.plusSeconds(60), order.confirmedAt());
    }

    @Test
    void the_date_already_promised_is_not_a_new_confirmation() {
        PurchaseOrder order = order(PurchaseOrderStatus.OPEN);
        order.confirm(FIRST_DATE, NOW);

        assertFalse(order.confirm(FIRST_DATE, NOW.plusSeconds(60)));

        assertEquals(1, order.confirmations());
        assertEquals(NOW, order.confirmedAt());
    }

    @ParameterizedTest
    @EnumSource(value = PurchaseOrderStatus.class, names = {"SHIPPED", "RECEIVED", "CANCELLED"})
    void an_order_that_shipped_arrived_or_was_cancelled_can_no_longer_be_confirmed(PurchaseOrderStatus status) {
        PurchaseOrder order = order(status);

        IllegalTransition refused = assertThrows(IllegalTransition.class, () -> order.confirm(FIRST_DATE, NOW));

        assertTrue(refused.getMessage().contains("PO-000042 is " + status), refused.getMessage());
        assertEquals(status, order.status());
        assertEquals(0, order.confirmations());
    }

    @Test
    void an_unconfirmed_order_is_cancelled_with_the_production_order_it_was_raised_for() {
        PurchaseOrder order = open();

        assertTrue(order.demandCancelled(NOW));

        assertEquals(PurchaseOrderStatus.CANCELLED, order.status());
        assertEquals(NOW, order.cancelledAt());
        assertThrows(IllegalTransition.class, () -> order.confirm(FIRST_DATE, NOW));
    }

    @Test
    void a_confirmed_order_stays_when_its_production_order_is_cancelled_and_records_that_its_demand_is_gone() {
        PurchaseOrder order = open();
        order.confirm(FIRST_DATE, NOW);

        assertFalse(order.demandCancelled(NOW.plusSeconds(60)));

        assertEquals(PurchaseOrderStatus.CONFIRMED, order.status());
        assertEquals(NOW.plusSeconds(60), order.demandCancelledAt());
        assertEquals(FIRST_DATE, order.promisedDate());
    }
}
