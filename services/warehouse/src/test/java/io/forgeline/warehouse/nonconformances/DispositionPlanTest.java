package io.forgeline.warehouse.nonconformances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.quality.v1.NcrAction;
import io.forgeline.contracts.quality.v1.NcrDispositionDecided;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DispositionPlanTest {

    private static final Instant EARLY = Instant.parse("2026-10-01T08:00:00Z");
    private static final Instant LATE = Instant.parse("2026-11-01T08:00:00Z");

    private static StockBalance blocked(String bin, String sscc, String quantity, Instant receivedAt) {
        StockBalance balance = new StockBalance();
        balance.itemCode = "BEARING-6204";
        balance.lot = "ACME-L1";
        balance.status = StockStatus.BLOCKED;
        balance.bin = bin;
        balance.sscc = sscc;
        balance.quantity = new BigDecimal(quantity);
        balance.unit = "PCE";
        balance.receivedAt = receivedAt;
        return balance;
    }

    private static NcrDispositionDecided disposition(NcrAction action, String quantity) {
        return NcrDispositionDecided.newBuilder().setNcrId("ncr-1").setNcrNumber("NCR-000042").setDispositionId("d-1").setAction(action)
                .setItemCode("BEARING-6204").setLot("ACME-L1").setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE"))
                .setSupplierCode("ACME").setReason("bore within the customer's deviation").setDecidedBy("qe-lin").build();
    }

    /** One line of a booking as "status bin sscc signed-quantity". */
    private static List<String> lines(Booking booking) {
        return booking.lines().stream().map(line -> line.place().status() + " " + line.place().bin() + " " + line.place().sscc() + " "
                + line.quantity().toPlainString()).toList();
    }

    @Test
    void use_as_is_moves_blocked_stock_to_available_in_place_with_quality_s_reason_and_the_ncr_number() {
        Optional<Booking> booking = DispositionPlan.booking(disposition(NcrAction.NCR_ACTION_USE_AS_IS, "30"),
                List.of(blocked("QA-01", null, "100", EARLY)));

        assertThat(booking).get().satisfies(b -> {
            assertThat(b.type()).isEqualTo(MovementType.STATUS_CHANGE);
            assertThat(b.reason()).isEqualTo("bore within the customer's deviation");
            assertThat(b.reference()).isEqualTo("NCR-000042");
            assertThat(lines(b)).containsExactly("BLOCKED QA-01 null -30", "AVAILABLE QA-01 null 30");
        });
    }

    @Test
    void blocked_stock_in_several_places_is_taken_oldest_first_then_by_bin_and_handling_unit() {
        Optional<Booking> booking = DispositionPlan.booking(disposition(NcrAction.NCR_ACTION_SCRAP, "25"), List.of(
                blocked("QA-01", "340123450000000024", "10", LATE),
                blocked("QA-02", null, "10", EARLY),
                blocked("QA-01", "340123450000000017", "10", EARLY),
                blocked("QA-01", null, "10", EARLY)));

        assertThat(booking).get().satisfies(b -> {
            assertThat(b.type()).isEqualTo(MovementType.SCRAP);
            assertThat(b.reason()).isEqualTo("scrapped by quality: bore within the customer's deviation");
            assertThat(lines(b)).containsExactly("BLOCKED QA-01 null -10", "BLOCKED QA-01 340123450000000017 -10", "BLOCKED QA-02 null -5");
        });
    }

    @Test
    void a_return_to_supplier_takes_the_stock_out_as_a_supplier_return_naming_the_supplier() {
        Optional<Booking> booking = DispositionPlan.booking(disposition(NcrAction.NCR_ACTION_RETURN_TO_SUPPLIER, "100"),
                List.of(blocked("QA-01", null, "100", EARLY)));

        assertThat(booking).get().satisfies(b -> {
            assertThat(b.type()).isEqualTo(MovementType.SUPPLIER_RETURN);
            assertThat(b.reason()).isEqualTo("returned to supplier ACME: bore within the customer's deviation");
            assertThat(lines(b)).containsExactly("BLOCKED QA-01 null -100");
        });
    }

    @Test
    void rework_and_repair_book_nothing() {
        List<StockBalance> stock = List.of(blocked("QA-01", null, "100", EARLY));

        assertThat(DispositionPlan.booking(disposition(NcrAction.NCR_ACTION_REWORK, "40"), stock)).isEmpty();
        assertThat(DispositionPlan.booking(disposition(NcrAction.NCR_ACTION_REPAIR, "40"), stock)).isEmpty();
    }

    @Test
    void a_disposition_of_more_than_the_lot_holds_blocked_is_refused_whole() {
        assertThatThrownBy(() -> DispositionPlan.booking(disposition(NcrAction.NCR_ACTION_SCRAP, "21"),
                        List.of(blocked("QA-01", null, "10", EARLY), blocked("QA-02", null, "10", LATE))))
                .isInstanceOf(PoisonEvent.class)
                .hasMessageContaining("NCR-000042").hasMessageContaining("disposes of 21 PCE but lot ACME-L1 holds 20 BLOCKED");
    }

    @Test
    void quarantined_or_available_stock_of_the_lot_is_not_counted_as_blocked() {
        StockBalance available = blocked("B-02-01", null, "50", EARLY);
        available.status = StockStatus.AVAILABLE;

        assertThatThrownBy(() -> DispositionPlan.booking(disposition(NcrAction.NCR_ACTION_USE_AS_IS, "11"),
                List.of(blocked("QA-01", null, "10", EARLY), available))).isInstanceOf(PoisonEvent.class);
    }

    @Test
    void a_disposition_without_a_positive_quantity_a_known_action_or_the_item_s_unit_is_refused() {
        List<StockBalance> stock = List.of(blocked("QA-01", null, "100", EARLY));

        assertThatThrownBy(() -> DispositionPlan.booking(disposition(NcrAction.NCR_ACTION_SCRAP, "0"), stock))
                .isInstanceOf(PoisonEvent.class).hasMessageContaining("not a positive quantity");
        assertThatThrownBy(() -> DispositionPlan.booking(disposition(NcrAction.NCR_ACTION_UNSPECIFIED, "5"), stock))
                .isInstanceOf(PoisonEvent.class).hasMessageContaining("no known action");
        NcrDispositionDecided inBoxes = disposition(NcrAction.NCR_ACTION_SCRAP, "5").toBuilder()
                .setQuantity(Quantity.newBuilder().setAmount("5").setUnit("BOX")).build();
        assertThatThrownBy(() -> DispositionPlan.booking(inBoxes, stock))
                .isInstanceOf(PoisonEvent.class).hasMessageContaining("is in BOX but BEARING-6204 is kept in PCE");
    }
}
