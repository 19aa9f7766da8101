package io.forgeline.warehouse.holds;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.HeldStock;
import io.forgeline.warehouse.stock.Holds;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoldBookingsTest {

    private static final String ITEM = "VALVE-12";

    private static StockBalance balance(String lot, StockStatus status, String bin, String quantity) {
        StockBalance balance = new StockBalance();
        balance.itemCode = ITEM;
        balance.lot = lot;
        balance.status = status;
        balance.bin = bin;
        balance.quantity = new BigDecimal(quantity);
        balance.unit = "PCE";
        return balance;
    }

    private static Holds.Hold hold(String number, String lot, boolean active) {
        return new Holds.Hold(number, ITEM, lot, "burr on the seat", "qe", active);
    }

    /** One line of a booking as "lot status bin signed-quantity". */
    private static List<String> lines(Optional<Booking> booking) {
        return booking.orElseThrow().lines().stream().map(line -> line.place().lot() + " " + line.place().status() + " " + line.place().bin()
                + " " + line.quantity().toPlainString()).toList();
    }

    @Test
    void a_lot_hold_blocks_only_the_available_stock_of_that_lot() {
        Optional<Booking> booking = HoldBookings.block(hold("HOLD-1", "L1", true), List.of(
                balance("L1", StockStatus.AVAILABLE, "B-02-04", "20"), balance("L1", StockStatus.QUARANTINE, "QA-01", "5"),
                balance("L2", StockStatus.AVAILABLE, "B-02-04", "7")));

        assertThat(lines(booking)).containsExactly("L1 AVAILABLE B-02-04 -20", "L1 BLOCKED B-02-04 20");
        assertThat(booking.get().reference()).isEqualTo("HOLD-1");
        assertThat(booking.get().reason()).isEqualTo("burr on the seat");
    }

    @Test
    void an_item_hold_blocks_every_lot_and_nothing_is_booked_when_nothing_is_available() {
        assertThat(lines(HoldBookings.block(hold("HOLD-1", "", true), List.of(balance("L1", StockStatus.AVAILABLE, "B-02-04", "20"),
                balance("L2", StockStatus.AVAILABLE, "A-01-02", "7"))))).containsExactly("L1 AVAILABLE B-02-04 -20", "L1 BLOCKED B-02-04 20",
                "L2 AVAILABLE A-01-02 -7", "L2 BLOCKED A-01-02 7");
        assertThat(HoldBookings.block(hold("HOLD-1", "L1", true), List.of(balance("L1", StockStatus.BLOCKED, "B-02-04", "20")))).isEmpty();
    }

    @Test
    void a_lift_gives_back_what_holds_blocked_except_where_another_hold_is_still_on() {
        HeldStock l1 = new HeldStock(balance("L1", StockStatus.BLOCKED, "B-02-04", "20"), new BigDecimal("20"));
        HeldStock l2 = new HeldStock(balance("L2", StockStatus.BLOCKED, "QA-01", "10"), new BigDecimal("6"));

        Optional<Booking> booking = HoldBookings.giveBack(hold("HOLD-1", "", false), "cleared by lab", List.of(l1, l2),
                List.of(hold("HOLD-2", "L1", true)));

        // L1 is still held by HOLD-2; of L2's 10 blocked, the hold blocked 6 (the rest a rejection)
        assertThat(lines(booking)).containsExactly("L2 BLOCKED QA-01 -6", "L2 AVAILABLE QA-01 6");
        assertThat(booking.get().reference()).isEqualTo("HOLD-1");
        assertThat(booking.get().reason()).isEqualTo("quality hold HOLD-1 lifted: cleared by lab");
    }

    @Test
    void a_lot_hold_lifted_gives_back_only_its_own_lot() {
        HeldStock l1 = new HeldStock(balance("L1", StockStatus.BLOCKED, "B-02-04", "20"), new BigDecimal("20"));
        HeldStock l2 = new HeldStock(balance("L2", StockStatus.BLOCKED, "B-02-04", "4"), new BigDecimal("4"));

        assertThat(lines(HoldBookings.giveBack(hold("HOLD-3", "L2", false), "", List.of(l1, l2), List.of())))
                .containsExactly("L2 BLOCKED B-02-04 -4", "L2 AVAILABLE B-02-04 4");
        assertThat(HoldBookings.giveBack(hold("HOLD-3", "L3", false), "", List.of(l1, l2), List.of())).isEmpty();
    }
}
