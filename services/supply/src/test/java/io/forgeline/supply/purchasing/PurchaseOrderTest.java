package io.forgeline.supply.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.supply.supplier.SuppliedItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The purchase order's own rules, without a database. */
class PurchaseOrderTest {

    private static final ZoneId PLANT = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2030-01-10T08:00:00Z");
    private static final LocalDate WANTED = LocalDate.of(2030, 1, 25);

    private static BigDecimal q(String amount) {
        return new BigDecimal(amount);
    }

    private static Demand demand(String productionOrder, String quantity, String needDate) {
        return new Demand(UUID.randomUUID(), productionOrder, q(quantity), Instant.parse(needDate));
    }

    private static PurchaseOrder sent(PurchaseOrderLine... lines) {
        PurchaseOrder order = PurchaseOrder.draft("PO-000042", "ACME", "1000", List.of(lines), null, "buyer", NOW.minusSeconds(3600));
        order.send(NOW.minusSeconds(3600));
        return order;
    }

    private static PurchaseOrderLine line(int number, String item, String quantity) {
        return PurchaseOrderLine.open(number, item, q(quantity), "PCE", WANTED, List.of());
    }

    private static Map<Integer, List<Delivery>> deliveries(int line, Delivery... deliveries) {
        return Map.of(line, List.of(deliveries));
    }

    @Test
    void the_whole_quantity_on_the_requested_day_confirms_the_line_and_the_order() {
        PurchaseOrder order = sent(line(1, "BEARING-6204", "500"));

        List<PurchaseOrderLine> confirmed = order.answer(deliveries(1, new Delivery(q("500"), WANTED)), PLANT, NOW);

        assertEquals(1, confirmed.size());
        assertEquals(LineStatus.CONFIRMED, order.line(1).status());
        assertEquals(PurchaseOrderStatus.CONFIRMED, order.status());
        assertEquals(1, order.confirmations());
        assertEquals(WANTED.atStartOfDay(PLANT).toInstant(), order.promisedDate());
    }

    @Test
    void early_deliveries_and_a_split_that_arrives_in_time_confirm_without_a_buyer() {
        PurchaseOrder order = sent(line(1, "BEARING-6204", "500"));

        order.answer(deliveries(1, new Delivery(q("200"), WANTED.minusDays(5)), new Delivery(q("300"), WANTED)), PLANT, NOW);

        assertEquals(LineStatus.CONFIRMED, order.line(1).status());
        assertEquals(2, order.line(1).confirmed().size());
    }

    @Test
    void a_later_date_less_quantity_or_a_late_split_is_a_counter_proposal_for_the_buyer() {
        PurchaseOrder later = sent(line(1, "A", "500"));
        PurchaseOrder less = sent(line(1, "A", "500"));
        PurchaseOrder split = sent(line(1, "A", "500"));

        assertTrue(later.answer(deliveries(1, new Delivery(q("500"), WANTED.plusDays(3))), PLANT, NOW).isEmpty());
        less.answer(deliveries(1, new Delivery(q("450"), WANTED)), PLANT, NOW);
        split.answer(deliveries(1, new Delivery(q("300"), WANTED), new Delivery(q("200"), WANTED.plusDays(7))), PLANT, NOW);

        for (PurchaseOrder order : List.of(later, less, split)) {
            assertEquals(LineStatus.COUNTER_PROPOSED, order.line(1).status());
            assertEquals(PurchaseOrderStatus.COUNTER_PROPOSED, order.status());
            assertEquals(0, order.confirmations(), "nothing is committed before the buyer agrees");
            assertNull(order.promisedDate());
        }
    }

    @Test
    void the_same_answer_twice_is_one_confirmation() {
        PurchaseOrder order = sent(line(1, "A", "500"));
        order.answer(deliveries(1, new Delivery(q("500"), WANTED)), PLANT, NOW);

        List<PurchaseOrderLine> again = order.answer(deliveries(1, new Delivery(q("500"), WANTED)), PLANT, NOW.plusSeconds(60));

        assertTrue(again.isEmpty());
        assertEquals(1, order.confirmations());
    }

    @Test
    void an_accepted_counter_proposal_becomes_the_line_and_the_next_revision() {
        PurchaseOrder order = sent(line(1, "A", "500"), line(2, "B", "100"));
        order.answer(Map.of(1, List.of(new Delivery(q("300"), WANTED), new Delivery(q("250"), WANTED.plusDays(7))),
                2, List.of(new Delivery(q("100"), WANTED))), PLANT, NOW);
        assertEquals(PurchaseOrderStatus.COUNTER_PROPOSED, order.status());
        int revision = order.revision();

        PurchaseOrderLine accepted = order.acceptProposal(1, PLANT, NOW.plusSeconds(60));

        assertEquals(0, q("550").compareTo(accepted.quantity()));
        assertEquals(LineStatus.CONFIRMED, order.line(1).status());
        assertEquals(PurchaseOrderStatus.CONFIRMED, order.status());
        assertEquals(revision + 1, order.revision());
        assertEquals(2, order.confirmations());
        assertEquals(WANTED.plusDays(7).atStartOfDay(PLANT).toInstant(), order.promisedDate());
    }

    @Test
    void a_rejected_counter_proposal_leaves_the_line_as_it_was() {
        PurchaseOrder order = sent(line(1, "A", "500"));
        order.answer(deliveries(1, new Delivery(q("500"), WANTED)), PLANT, NOW);
        order.answer(deliveries(1, new Delivery(q("500"), WANTED.plusDays(2))), PLANT, NOW.plusSeconds(10));

        order.rejectProposal(1, PLANT, NOW.plusSeconds(60));

        assertEquals(LineStatus.CONFIRMED, order.line(1).status());
        assertEquals(List.of(new Delivery(q("500"), WANTED)), order.line(1).confirmed());
        assertTrue(order.line(1).proposed().isEmpty());
        assertThrows(IllegalTransition.class, () -> order.acceptProposal(1, PLANT, NOW.plusSeconds(70)));
    }

    @Test
    void a_draft_or_a_cancelled_order_cannot_be_answered_and_an_unknown_line_is_refused() {
        PurchaseOrder draft = PurchaseOrder.draft("PO-1", "ACME", "1000", List.of(line(1, "A", "5")), null, "buyer", NOW);
        PurchaseOrder cancelled = sent(line(1, "A", "5"));
        cancelled.cancel(NOW);
        PurchaseOrder open = sent(line(1, "A", "5"));

        assertThrows(IllegalTransition.class, () -> draft.answer(deliveries(1, new Delivery(q("5"), WANTED)), PLANT, NOW));
        assertThrows(IllegalTransition.class, () -> cancelled.answer(deliveries(1, new Delivery(q("5"), WANTED)), PLANT, NOW));
        assertThrows(RuleViolation.class, () -> open.answer(deliveries(7, new Delivery(q("5"), WANTED)), PLANT, NOW));
        assertEquals(LineStatus.OPEN, open.line(1).status());
    }

    @Test
    void a_buyers_change_of_a_confirmed_line_asks_the_supplier_again_at_the_next_revision() {
        PurchaseOrder order = sent(line(1, "A", "500"));
        order.answer(deliveries(1, new Delivery(q("500"), WANTED)), PLANT, NOW);

        boolean changed = order.change(List.of(order.line(1).changed(q("600"), WANTED)), PLANT, NOW.plusSeconds(60));

        assertTrue(changed);
        assertEquals(2, order.revision());
        assertEquals(LineStatus.OPEN, order.line(1).status());
        assertEquals(PurchaseOrderStatus.OPEN, order.status());
        assertFalse(order.change(order.lines(), PLANT, NOW.plusSeconds(90)), "saying the same again changes nothing");
        assertEquals(2, order.revision());
    }

    @Test
    void a_requisition_joins_the_line_of_its_item_rounded_to_the_suppliers_terms_or_opens_a_new_line() {
        PurchaseOrder order = sent(PurchaseOrderLine.open(1, "A", q("100"), "PCE", WANTED, List.of(demand("MO-1", "90", "2030-01-25T00:00:00Z"))));

        order.cover(demand("MO-2", "30", "2030-01-23T00:00:00Z"), "A", "PCE", need -> SuppliedItem.orderQuantity(need, q("100"), q("50")),
                WANTED.minusDays(2), PLANT, NOW);
        order.cover(demand("MO-3", "7", "2030-01-24T00:00:00Z"), "B", "PCE", need -> need, WANTED.minusDays(1), PLANT, NOW);

        assertEquals(0, q("150").compareTo(order.line(1).quantity()), "90 + 30 = 120, in multiples of 50");
        assertEquals(WANTED.minusDays(2), order.line(1).requestedDate(), "the earliest need");
        assertEquals(2, order.line(1).demands().size());
        assertEquals("B", order.line(2).itemCode());
        assertEquals(3, order.revision(), "two changes the supplier hears of");
    }

    @Test
    void the_order_quantity_is_at_least_the_minimum_and_a_whole_multiple() {
        assertEquals(0, q("100").compareTo(SuppliedItem.orderQuantity(q("12"), q("100"), q("0"))));
        assertEquals(0, q("125").compareTo(SuppliedItem.orderQuantity(q("101"), q("100"), q("25"))));
        assertEquals(0, q("12.5").compareTo(SuppliedItem.orderQuantity(q("12.5"), q("0"), q("0"))));
    }

    @Test
    void a_cancelled_production_order_cancels_an_unconfirmed_order_it_alone_needed() {
        PurchaseOrder order = sent(PurchaseOrderLine.open(1, "A", q("40"), "PCE", WANTED, List.of(demand("MO-1", "40", "2030-01-25T00:00:00Z"))));

        order.demandCancelled("MO-1", PLANT, line -> line, NOW);

        assertEquals(PurchaseOrderStatus.CANCELLED, order.status());
        assertEquals(LineStatus.CANCELLED, order.line(1).status());
        assertNotNull(order.cancelledAt());
    }

    @Test
    void a_cancelled_production_order_leaves_a_confirmed_line_and_shrinks_a_shared_one() {
        PurchaseOrder confirmed = sent(PurchaseOrderLine.open(1, "A", q("40"), "PCE", WANTED, List.of(demand("MO-1", "40", "2030-01-25T00:00:00Z"))));
        confirmed.answer(deliveries(1, new Delivery(q("40"), WANTED)), PLANT, NOW);
        PurchaseOrder shared = sent(PurchaseOrderLine.open(1, "A", q("70"), "PCE", WANTED,
                List.of(demand("MO-1", "40", "2030-01-25T00:00:00Z"), demand("MO-2", "30", "2030-01-25T00:00:00Z"))));

        assertFalse(confirmed.demandCancelled("MO-1", PLANT, line -> line, NOW));
        assertTrue(shared.demandCancelled("MO-1", PLANT, line -> line.changed(line.demanded(), line.requestedDate()), NOW));

        assertEquals(PurchaseOrderStatus.CONFIRMED, confirmed.status());
        assertNotNull(confirmed.demandCancelledAt());
        assertEquals(0, q("30").compareTo(shared.line(1).quantity()));
        assertEquals(PurchaseOrderStatus.OPEN, shared.status());
    }

    @Test
    void a_split_line_serves_the_earliest_need_from_its_first_delivery() {
        Demand early = demand("MO-1", "300", "2030-01-20T00:00:00Z");
        Demand late = demand("MO-2", "200", "2030-01-27T00:00:00Z");
        PurchaseOrder order = sent(PurchaseOrderLine.open(1, "A", q("500"), "PCE", WANTED, List.of(late, early)));
        order.answer(deliveries(1, new Delivery(q("300"), WANTED.minusDays(6)), new Delivery(q("200"), WANTED)), PLANT, NOW);

        Map<Demand, LocalDate> promised = Promises.of(order.line(1));

        assertEquals(WANTED.minusDays(6), promised.get(early));
        assertEquals(WANTED, promised.get(late));
    }
}
