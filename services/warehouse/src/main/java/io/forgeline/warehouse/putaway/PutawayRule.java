package io.forgeline.warehouse.putaway;

import io.forgeline.warehouse.layout.ZoneKind;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests the bin for goods to be put away. A bin qualifies when it lies in the zone kind asked for
 * (STORAGE for released goods, QUARANTINE for goods on hold), is not blocked, takes the item's class and
 * has room for the whole quantity. Among those the rule prefers a bin already holding the same item and
 * lot, then one holding the same item, so a lot is not scattered over the warehouse and pickers find it
 * in one place; otherwise the bin with the most free capacity, and on a tie the lowest bin code, so the
 * same situation always yields the same suggestion.
 */
public final class PutawayRule {

    /** What is to be put away; {@code lot} is null for items not managed in lots. */
    public record Goods(String itemCode, String itemClass, String lot, BigDecimal quantity) {

        public Goods {
            Objects.requireNonNull(itemCode, "itemCode");
            if (quantity == null || quantity.signum() <= 0) {
                throw new IllegalArgumentException("goods to put away need a positive quantity, not " + quantity);
            }
        }
    }

    /** An item and lot a bin holds; {@code lot} is null for items not managed in lots. */
    public record Content(String itemCode, String lot) {

        public Content {
            Objects.requireNonNull(itemCode, "itemCode");
        }
    }

    /**
     * A candidate bin.
     *
     * @param allowedItemClasses the item classes the bin takes; empty when it takes any
     * @param capacity           how much the bin holds, in the goods' unit; null when it is unlimited
     * @param occupied           how much already lies in it
     * @param holds              the items and lots in it now
     */
    public record Bin(String code, String zoneCode, ZoneKind zoneKind, Set<String> allowedItemClasses,
            BigDecimal capacity, BigDecimal occupied, boolean blocked, Set<Content> holds) {

        public Bin {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(zoneKind, "zoneKind");
            allowedItemClasses = Set.copyOf(allowedItemClasses);
            occupied = occupied == null ? BigDecimal.ZERO : occupied;
            holds = Set.copyOf(holds);
        }

        /** The room left; empty when the bin is unlimited. A bin filled beyond capacity has none left. */
        public Optional<BigDecimal> free() {
            return capacity == null ? Optional.empty() : Optional.of(capacity.subtract(occupied).max(BigDecimal.ZERO));
        }

        boolean takes(Goods goods) {
            return allowedItemClasses.isEmpty()
                    || goods.itemClass() != null && allowedItemClasses.contains(goods.itemClass());
        }

        boolean hasRoomFor(BigDecimal quantity) {
            return free().map(room -> room.compareTo(quantity) >= 0).orElse(true);
        }
    }

    /** The bin to use and, in plain words, why it was chosen. */
    public record Suggestion(Bin bin, String reason) {
    }

    private PutawayRule() {
    }

    /** A STORAGE bin for released goods. */
    public static Optional<Suggestion> suggest(Goods goods, Collection<Bin> candidates) {
        return suggest(goods, ZoneKind.STORAGE, candidates);
    }

    /** A bin of the wanted zone kind, e.g. QUARANTINE for goods on quality hold; empty when no bin fits. */
    public static Optional<Suggestion> suggest(Goods goods, ZoneKind wanted, Collection<Bin> candidates) {
        Objects.requireNonNull(wanted, "wanted");
        return candidates.stream()
                .filter(bin -> bin.zoneKind() == wanted)
                .filter(bin -> !bin.blocked())
                .filter(bin -> bin.takes(goods))
                .filter(bin -> bin.hasRoomFor(goods.quantity()))
                .min(preferenceFor(goods))
                .map(bin -> new Suggestion(bin, reason(goods, bin)));
    }

    private enum Fit {
        SAME_ITEM_AND_LOT, SAME_ITEM, OTHER
    }

    private static Fit fit(Goods goods, Bin bin) {
        if (goods.lot() != null && bin.holds().contains(new Content(goods.itemCode(), goods.lot()))) {
            return Fit.SAME_ITEM_AND_LOT;
        }
        boolean sameItem = bin.holds().stream().anyMatch(content -> content.itemCode().equals(goods.itemCode()));
        return sameItem ? Fit.SAME_ITEM : Fit.OTHER;
    }

    private static Comparator<Bin> preferenceFor(Goods goods) {
        // an unlimited bin has more room than any limited one
        Comparator<Bin> mostRoomFirst = Comparator.comparing(
                (Bin bin) -> bin.free().orElse(null), Comparator.nullsFirst(Comparator.<BigDecimal>reverseOrder()));
        return Comparator.comparing((Bin bin) -> fit(goods, bin))
                .thenComparing(mostRoomFirst)
                .thenComparing(Bin::code);
    }

    private static String reason(Goods goods, Bin bin) {
        return switch (fit(goods, bin)) {
            case SAME_ITEM_AND_LOT -> "holds the same item and lot";
            case SAME_ITEM -> goods.lot() == null ? "holds the same item" : "holds the same item in another lot";
            case OTHER -> bin.capacity() == null ? "has unlimited room" : "has the most free capacity";
        };
    }
}
