package io.forgeline.warehouse.picking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgeline.warehouse.picking.Allocation.Demand;
import io.forgeline.warehouse.picking.Allocation.Pick;
import io.forgeline.warehouse.picking.Allocation.Stock;
import io.forgeline.warehouse.stock.StockStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static final String BEARING = "BEARING-6204";
    private static final LocalDate NEEDED_ON = LocalDate.parse("2026-03-10");
    private static final Instant JAN = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-05T08:00:00Z");

    /** A row of available bearings, received in January, nothing reserved; tests change what they need. */
    private static Stock stock(String bin, String lot, LocalDate expiresOn, Instant receivedAt, String onHand) {
        return new Stock(BEARING, bin, null, lot, expiresOn, receivedAt, StockStatus.AVAILABLE, new BigDecimal(onHand), BigDecimal.ZERO);
    }

    private static Stock stock(String bin, String lot, LocalDate expiresOn, String onHand) {
        return stock(bin, lot, expiresOn, JAN, onHand);
    }

    private static Demand demand(String quantity) {
        return new Demand(BEARING, new BigDecimal(quantity), NEEDED_ON);
    }

    private static List<String> lots(Allocation allocation) {
        return allocation.picks().stream().map(pick -> pick.stock().lot()).toList();
    }

    @Test
    void fefo_takes_the_lot_that_expires_first_even_if_received_later() {
        Stock older = stock("A-01", "L-OLD", LocalDate.parse("2026-12-31"), JAN, "10");
        Stock expiresSooner = stock("A-02", "L-NEW", LocalDate.parse("2026-06-30"), FEB, "10");

        Allocation allocation = Allocation.fefo(demand("5"), List.of(older, expiresSooner));

        assertThat(lots(allocation)).containsExactly("L-NEW");
    }

    @Test
    void a_demand_larger_than_one_lot_continues_with_the_next_lot_to_expire() {
        Stock first = stock("A-01", "L-1", LocalDate.parse("2026-04-30"), "4");
        Stock second = stock("A-02", "L-2", LocalDate.parse("2026-05-31"), "10");

        Allocation allocation = Allocation.fefo(demand("7"), List.of(second, first));

        assertThat(allocation.picks()).extracting(pick -> pick.stock().lot()).containsExactly("L-1", "L-2");
        assertThat(allocation.picks().get(0).quantity()).isEqualByComparingTo("4");
        assertThat(allocation.picks().get(1).quantity()).isEqualByComparingTo("3");
    }

    @Test
    void the_last_row_is_picked_only_in_part() {
        Stock row = stock("A-01", "L-1", LocalDate.parse("2026-04-30"), "25.5");

        Allocation allocation = Allocation.fefo(demand("10.25"), List.of(row));

        assertThat(allocation.picks()).singleElement()
                .satisfies(pick -> assertThat(pick.quantity()).isEqualByComparingTo("10.25"));
    }

    @Test
    void a_fully_covered_demand_has_no_shortfall() {
        Allocation allocation = Allocation.fefo(demand("10"), List.of(stock("A-01", "L-1", null, "10")));

        assertThat(allocation.shortfall()).isEqualByComparingTo("0");
        assertThat(allocation.fullyCovered()).isTrue();
        assertThat(allocation.allocated()).isEqualByComparingTo("10");
    }

    @Test
    void what_the_stock_cannot_cover_is_the_shortfall() {
        Stock row = stock("A-01", "L-1", LocalDate.parse("2026-04-30"), "6");

        Allocation allocation = Allocation.fefo(demand("10"), List.of(row));

        assertThat(allocation.allocated()).isEqualByComparingTo("6");
        assertThat(allocation.shortfall()).isEqualByComparingTo("4");
        assertThat(allocation.fullyCovered()).isFalse();
    }

    @Test
    void without_any_stock_the_whole_demand_is_short() {
        Allocation allocation = Allocation.fefo(demand("3"), List.of());

        assertThat(allocation.picks()).isEmpty();
        assertThat(allocation.shortfall()).isEqualByComparingTo("3");
    }

    @Test
    void stock_that_never_expires_is_taken_last() {
        Stock neverExpires = stock("A-01", "L-FOREVER", null, JAN, "10");
        Stock expiresLate = stock("A-02", "L-2099", LocalDate.parse("2099-12-31"), FEB, "10");

        Allocation allocation = Allocation.fefo(demand("15"), List.of(neverExpires, expiresLate));

        assertThat(lots(allocation)).containsExactly("L-2099", "L-FOREVER");
    }

    @Test
    void among_lots_expiring_the_same_day_the_earliest_receipt_goes_first() {
        LocalDate sameDay = LocalDate.parse("2026-06-30");
        Stock later = stock("A-01", "L-A", sameDay, FEB, "10");
        Stock earlier = stock("A-02", "L-B", sameDay, JAN, "10");

        Allocation allocation = Allocation.fefo(demand("5"), List.of(later, earlier));

        assertThat(lots(allocation)).containsExactly("L-B");
    }

    @Test
    void stock_without_expiry_also_goes_by_earliest_receipt() {
        Stock later = stock("A-01", "L-A", null, FEB, "10");
        Stock earlier = stock("A-02", "L-B", null, JAN, "10");

        Allocation allocation = Allocation.fefo(demand("5"), List.of(later, earlier));

        assertThat(lots(allocation)).containsExactly("L-B");
    }

    @Test
    void same_expiry_and_receipt_are_decided_by_lot_then_bin() {
        LocalDate sameDay = LocalDate.parse("2026-06-30");
        Stock lotBInBinA = stock("A-01", "L-B", sameDay, "1");
        Stock lotAInBinB = stock("B-01", "L-A", sameDay, "1");
        Stock lotAInBinA = stock("A-01", "L-A", sameDay, "1");

        Allocation allocation = Allocation.fefo(demand("3"), List.of(lotBInBinA, lotAInBinB, lotAInBinA));

        assertThat(allocation.picks()).extracting(Pick::stock).containsExactly(lotAInBinA, lotAInBinB, lotBInBinA);
    }

    @Test
    void the_same_stock_in_any_order_yields_the_same_picks() {
        LocalDate sameDay = LocalDate.parse("2026-06-30");
        List<Stock> rows = new ArrayList<>(List.of(
                stock("A-01", "L-1", sameDay, "2"),
                stock("A-02", "L-1", sameDay, "2"),
                stock("A-01", "L-2", null, "2"),
                new Stock(BEARING, "A-03", "376141410000000017", "L-1", sameDay, JAN, StockStatus.AVAILABLE, new BigDecimal("2"), BigDecimal.ZERO),
                new Stock(BEARING, "A-03", "376141410000000024", "L-1", sameDay, JAN, StockStatus.AVAILABLE, new BigDecimal("2"), BigDecimal.ZERO)));
        Allocation first = Allocation.fefo(demand("9"), rows);

        Collections.reverse(rows);
        Allocation reversed = Allocation.fefo(demand("9"), rows);

        assertThat(reversed.picks()).isEqualTo(first.picks());
    }

    @Test
    void quarantined_and_blocked_stock_is_never_allocated() {
        LocalDate early = LocalDate.parse("2026-04-01");
        Stock quarantined = new Stock(BEARING, "Q-01", null, "L-Q", early, JAN, StockStatus.QUARANTINE, new BigDecimal("50"), BigDecimal.ZERO);
        Stock blocked = new Stock(BEARING, "B-01", null, "L-B", early, JAN, StockStatus.BLOCKED, new BigDecimal("50"), BigDecimal.ZERO);
        Stock available = stock("A-01", "L-A", LocalDate.parse("2026-12-31"), "5");

        Allocation allocation = Allocation.fefo(demand("10"), List.of(quarantined, blocked, available));

        assertThat(lots(allocation)).containsExactly("L-A");
        assertThat(allocation.shortfall()).isEqualByComparingTo("5");
    }

    @Test
    void stock_expired_before_the_day_needed_is_never_allocated() {
        Stock expired = stock("A-01", "L-OLD", NEEDED_ON.minusDays(1), "100");

        Allocation allocation = Allocation.fefo(demand("10"), List.of(expired));

        assertThat(allocation.picks()).isEmpty();
        assertThat(allocation.shortfall()).isEqualByComparingTo("10");
    }

    @Test
    void stock_expiring_on_the_day_needed_is_still_usable() {
        Stock lastDay = stock("A-01", "L-LAST", NEEDED_ON, "10");

        Allocation allocation = Allocation.fefo(demand("10"), List.of(lastDay));

        assertThat(lots(allocation)).containsExactly("L-LAST");
        assertThat(allocation.fullyCovered()).isTrue();
    }

    @Test
    void reserved_stock_is_left_for_the_demand_it_was_reserved_for() {
        Stock partlyReserved = new Stock(BEARING, "A-01", null, "L-1", LocalDate.parse("2026-04-30"), JAN,
                StockStatus.AVAILABLE, new BigDecimal("10"), new BigDecimal("7"));
        Stock next = stock("A-02", "L-2", LocalDate.parse("2026-05-31"), "10");

        Allocation allocation = Allocation.fefo(demand("5"), List.of(partlyReserved, next));

        assertThat(allocation.picks()).extracting(Pick::quantity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3"), new BigDecimal("2"));
    }

    @Test
    void a_fully_or_over_reserved_row_is_skipped() {
        Stock fullyReserved = new Stock(BEARING, "A-01", null, "L-1", LocalDate.parse("2026-04-30"), JAN,
                StockStatus.AVAILABLE, new BigDecimal("10"), new BigDecimal("10"));
        Stock overReserved = new Stock(BEARING, "A-02", null, "L-2", LocalDate.parse("2026-04-30"), JAN,
                StockStatus.AVAILABLE, new BigDecimal("10"), new BigDecimal("12"));

        Allocation allocation = Allocation.fefo(demand("5"), List.of(fullyReserved, overReserved));

        assertThat(allocation.picks()).isEmpty();
        assertThat(allocation.shortfall()).isEqualByComparingTo("5");
    }

    @Test
    void empty_rows_are_not_picked() {
        Stock empty = stock("A-01", "L-1", LocalDate.parse("2026-04-30"), "0");
        Stock full = stock("A-02", "L-2", LocalDate.parse("2026-05-31"), "10");

        Allocation allocation = Allocation.fefo(demand("5"), List.of(empty, full));

        assertThat(lots(allocation)).containsExactly("L-2");
    }

    @Test
    void stock_of_another_item_is_never_allocated() {
        Stock otherItem = new Stock("BEARING-6205", "A-01", null, "L-1", LocalDate.parse("2026-04-30"), JAN,
                StockStatus.AVAILABLE, new BigDecimal("10"), BigDecimal.ZERO);

        Allocation allocation = Allocation.fefo(demand("5"), List.of(otherItem));

        assertThat(allocation.picks()).isEmpty();
    }

    @Test
    void scale_does_not_matter_when_comparing_quantities() {
        Stock row = stock("A-01", "L-1", null, "5.000");

        Allocation allocation = Allocation.fefo(demand("5"), List.of(row, stock("A-02", "L-2", null, "1")));

        assertThat(lots(allocation)).containsExactly("L-1");
        assertThat(allocation.fullyCovered()).isTrue();
    }

    @Test
    void picks_keep_the_handling_unit_to_pick_from() {
        Stock onPallet = new Stock(BEARING, "A-01", "376141410000000017", "L-1", null, JAN,
                StockStatus.AVAILABLE, new BigDecimal("10"), BigDecimal.ZERO);

        Allocation allocation = Allocation.fefo(demand("1"), List.of(onPallet));

        assertThat(allocation.picks().getFirst().stock().handlingUnit()).isEqualTo("376141410000000017");
    }

    @Test
    void a_demand_for_nothing_or_less_is_refused() {
        assertThatThrownBy(() -> demand("0")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> demand("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_negative_reservation_is_refused() {
        assertThatThrownBy(() -> new Stock(BEARING, "A-01", null, "L-1", null, JAN, StockStatus.AVAILABLE,
                BigDecimal.TEN, new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
