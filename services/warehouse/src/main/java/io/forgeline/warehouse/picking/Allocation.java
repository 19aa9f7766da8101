package io.forgeline.warehouse.picking;

import io.forgeline.warehouse.stock.StockStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which stock satisfies a demand, first expired first out (FEFO): the lot that expires first leaves first,
 * stock that never expires last; among equals the oldest receipt, then lot, then bin, then handling unit,
 * so the same stock always yields the same picks whatever order it was loaded in.
 * <p>
 * Only AVAILABLE stock of the demanded item is taken, never more of a row than is not yet reserved, and
 * never stock that has expired by the day it is needed. Stock expiring on that day itself still serves it:
 * the goods are issued that day. What the stock cannot cover is the shortfall.
 *
 * @param demand    what was asked for
 * @param picks     which stock rows to pick from and how much, in the order to take them
 * @param shortfall what no usable stock covers; zero when the demand is fully covered
 */
public record Allocation(Demand demand, List<Pick> picks, BigDecimal shortfall) {

    /** An item needed in a quantity on a day (the day decides which lots are still good). */
    public record Demand(String itemCode, BigDecimal quantity, LocalDate neededOn) {

        public Demand {
            Objects.requireNonNull(itemCode, "itemCode");
            Objects.requireNonNull(neededOn, "neededOn");
            if (quantity == null || quantity.signum() <= 0) {
                throw new IllegalArgumentException("a demand needs a positive quantity, not " + quantity);
            }
        }
    }

    /**
     * One row of stock: an item's lot in a bin, on a handling unit or loose.
     *
     * @param handlingUnit the SSCC of the pallet or box it lies on; null for loose stock
     * @param expiresOn    the last day it may be used; null when it never expires
     * @param reserved     already promised to other demands, so not free for this one
     */
    public record Stock(String itemCode, String bin, String handlingUnit, String lot, LocalDate expiresOn,
            Instant receivedAt, StockStatus status, BigDecimal onHand, BigDecimal reserved) {

        public Stock {
            Objects.requireNonNull(itemCode, "itemCode");
            Objects.requireNonNull(bin, "bin");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(onHand, "onHand");
            if (reserved == null || reserved.signum() < 0) {
                throw new IllegalArgumentException("a reservation cannot be negative or missing, it was " + reserved);
            }
        }

        /** What may still be promised: on hand less reserved, never below zero (over-reserved rows exist). */
        public BigDecimal free() {
            BigDecimal free = onHand.subtract(reserved);
            return free.signum() > 0 ? free : BigDecimal.ZERO;
        }

        /** Whether this row may serve a demand for the day: released, and not expired before that day. */
        public boolean usableOn(LocalDate day) {
            return status == StockStatus.AVAILABLE && (expiresOn == null || !expiresOn.isBefore(day));
        }
    }

    /** Take this much from this stock row. */
    public record Pick(Stock stock, BigDecimal quantity) {
    }

    static final Comparator<Stock> FEFO = Comparator
            .comparing(Stock::expiresOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Stock::receivedAt)
            .thenComparing(Stock::lot, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Stock::bin)
            .thenComparing(Stock::handlingUnit, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    public Allocation {
        Objects.requireNonNull(demand, "demand");
        picks = List.copyOf(picks);
        Objects.requireNonNull(shortfall, "shortfall");
    }

    /** Allocates the demand from the candidate stock rows in FEFO order. */
    public static Allocation fefo(Demand demand, Collection<Stock> candidates) {
        List<Stock> usable = candidates.stream()
                .filter(stock -> stock.itemCode().equals(demand.itemCode()))
                .filter(stock -> stock.usableOn(demand.neededOn()))
                .filter(stock -> stock.free().signum() > 0)
                .sorted(FEFO)
                .toList();
        List<Pick> picks = new ArrayList<>();
        BigDecimal open = demand.quantity();
        for (Stock stock : usable) {
            if (open.signum() <= 0) {
                break;
            }
            BigDecimal take = stock.free().min(open);
            picks.add(new Pick(stock, take));
            open = open.subtract(take);
        }
        return new Allocation(demand, picks, open.signum() > 0 ? open : BigDecimal.ZERO);
    }

    /** The total of all picks. */
    public BigDecimal allocated() {
        return picks.stream().map(Pick::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean fullyCovered() {
        return shortfall.signum() == 0;
    }
}
