package io.forgeline.warehouse.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.quality.v1.Disposition;
import io.forgeline.contracts.quality.v1.UsageAction;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionPlanTest {

    private static final String UNIT_1 = "340123450000000017";
    private static final String UNIT_2 = "340123450000000024";
    private static final String OTHER_UNIT = "340123450000000031";

    private static StockBalance quarantined(String sscc, String bin, String quantity) {
        StockBalance balance = new StockBalance();
        balance.itemCode = "BEARING-6204";
        balance.lot = "ACME-L1";
        balance.status = StockStatus.QUARANTINE;
        balance.bin = bin;
        balance.sscc = sscc;
        balance.quantity = new BigDecimal(quantity);
        balance.unit = "PCE";
        return balance;
    }

    private static Disposition disposition(UsageAction action, String quantity) {
        return Disposition.newBuilder().setAction(action).setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")).build();
    }

    private static UsageDecisionMade decision(List<String> units, Disposition... dispositions) {
        return UsageDecisionMade.newBuilder().setDecisionId("d-1").setInspectionLotId("il-1").setInspectionLotNumber("IL-000042")
                .setItemCode("BEARING-6204").setLot("ACME-L1").addAllHandlingUnits(units).addAllDispositions(List.of(dispositions))
                .setSupplierCode("ACME").setDecidedBy("quality").build();
    }

    /** One line of a booking as "status bin sscc signed-quantity". */
    private static List<String> lines(Booking booking) {
        return booking.lines().stream().map(line -> line.place().status() + " " + line.place().bin() + " " + line.place().sscc() + " "
                + line.quantity().toPlainString()).toList();
    }

    @Test
    void a_release_moves_the_inspected_quarantine_to_available_in_place() {
        List<Booking> bookings = DecisionPlan.bookings(decision(List.of(UNIT_1), disposition(UsageAction.RELEASE, "20")),
                List.of(quarantined(UNIT_1, "QA-01", "20"), quarantined(OTHER_UNIT, "QA-02", "30")));

        assertThat(bookings).singleElement().satisfies(booking -> {
            assertThat(booking.type()).isEqualTo(MovementType.STATUS_CHANGE);
            assertThat(booking.reference()).isEqualTo("IL-000042");
            assertThat(booking.reason()).isEqualTo("released by quality");
            assertThat(lines(booking)).containsExactly("QUARANTINE QA-01 " + UNIT_1 + " -20", "AVAILABLE QA-01 " + UNIT_1 + " 20");
        });
    }

    @Test
    void a_partial_decision_takes_unit_after_unit_in_sscc_order_and_leaves_the_rest_in_quarantine() {
        List<Booking> bookings = DecisionPlan.bookings(decision(List.of(UNIT_1, UNIT_2),
                        disposition(UsageAction.RELEASE, "25"), disposition(UsageAction.SCRAP, "3").toBuilder().setReason("cracked cage").build()),
                List.of(quarantined(UNIT_2, "DOCK-01", "20"), quarantined(UNIT_1, "DOCK-01", "20")));

        assertThat(bookings).hasSize(2);
        assertThat(lines(bookings.get(0))).containsExactly(
                "QUARANTINE DOCK-01 " + UNIT_1 + " -20", "AVAILABLE DOCK-01 " + UNIT_1 + " 20",
                "QUARANTINE DOCK-01 " + UNIT_2 + " -5", "AVAILABLE DOCK-01 " + UNIT_2 + " 5");
        assertThat(bookings.get(1).type()).isEqualTo(MovementType.SCRAP);
        assertThat(bookings.get(1).reason()).isEqualTo("scrapped by quality: cracked cage");
        assertThat(lines(bookings.get(1))).as("scrap takes what the release left, and 12 stay in quarantine")
                .containsExactly("QUARANTINE DOCK-01 " + UNIT_2 + " -3");
    }

    @Test
    void without_handling_units_the_lots_whole_quarantine_is_decided_on_loose_goods_included() {
        List<Booking> bookings = DecisionPlan.bookings(decision(List.of(), disposition(UsageAction.BLOCK, "35")),
                List.of(quarantined(null, "ST-TST-01", "15"), quarantined(UNIT_1, "QA-01", "20")));

        assertThat(lines(bookings.get(0))).containsExactly("QUARANTINE ST-TST-01 null -15", "BLOCKED ST-TST-01 null 15",
                "QUARANTINE QA-01 " + UNIT_1 + " -20", "BLOCKED QA-01 " + UNIT_1 + " 20");
    }

    @Test
    void goods_to_go_back_are_blocked_with_the_supplier_named() {
        Booking booking = DecisionPlan.bookings(decision(List.of(UNIT_1), disposition(UsageAction.RETURN_TO_SUPPLIER, "20")),
                List.of(quarantined(UNIT_1, "QA-01", "20"))).get(0);

        assertThat(booking.reason()).isEqualTo("to be returned to supplier ACME");
        assertThat(lines(booking)).contains("BLOCKED QA-01 " + UNIT_1 + " 20");
    }

    @Test
    void a_decision_on_more_than_the_inspected_quarantine_holds_books_nothing() {
        assertThatThrownBy(() -> DecisionPlan.bookings(decision(List.of(UNIT_1), disposition(UsageAction.RELEASE, "15"),
                        disposition(UsageAction.SCRAP, "6")),
                List.of(quarantined(UNIT_1, "QA-01", "20"), quarantined(OTHER_UNIT, "QA-01", "50"))))
                .isInstanceOf(PoisonEvent.class)
                .hasMessageContaining("IL-000042").hasMessageContaining("decides on 21 PCE but the inspected quarantine of lot ACME-L1 holds 20");
    }

    @Test
    void decisions_that_mean_nothing_are_refused_by_what_is_wrong() {
        List<StockBalance> stock = List.of(quarantined(UNIT_1, "QA-01", "20"));
        assertThatThrownBy(() -> DecisionPlan.bookings(decision(List.of()), stock)).hasMessageContaining("has no dispositions");
        assertThatThrownBy(() -> DecisionPlan.bookings(decision(List.of(), disposition(UsageAction.RELEASE, "0")), stock))
                .hasMessageContaining("\"0\", not a positive quantity");
        assertThatThrownBy(() -> DecisionPlan.bookings(decision(List.of(), disposition(UsageAction.RELEASE, "ten")), stock))
                .hasMessageContaining("\"ten\", not a positive quantity");
        assertThatThrownBy(() -> DecisionPlan.bookings(decision(List.of(), disposition(UsageAction.USAGE_ACTION_UNSPECIFIED, "1")), stock))
                .hasMessageContaining("without a known action");
        Disposition inBoxes = Disposition.newBuilder().setAction(UsageAction.RELEASE)
                .setQuantity(Quantity.newBuilder().setAmount("1").setUnit("BOX")).build();
        assertThatThrownBy(() -> DecisionPlan.bookings(decision(List.of(), inBoxes), stock))
                .isInstanceOf(PoisonEvent.class).hasMessageContaining("decides in BOX but BEARING-6204 is kept in PCE");
    }
}
