package io.forgeline.warehouse.putaway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgeline.warehouse.layout.ZoneKind;
import io.forgeline.warehouse.putaway.PutawayRule.Bin;
import io.forgeline.warehouse.putaway.PutawayRule.Content;
import io.forgeline.warehouse.putaway.PutawayRule.Goods;
import io.forgeline.warehouse.putaway.PutawayRule.Suggestion;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PutawayRuleTest {

    private static final Goods BEARINGS = new Goods("BEARING-6204", "SMALL-PARTS", "L-BR-2611", new BigDecimal("40"));

    /** An empty, unblocked STORAGE bin for any item class with room for 100. */
    private static Bin bin(String code) {
        return new Bin(code, "Z-STORE", ZoneKind.STORAGE, Set.of(), new BigDecimal("100"), BigDecimal.ZERO, false, Set.of());
    }

    private static Bin withRoom(Bin bin, String capacity, String occupied) {
        return new Bin(bin.code(), bin.zoneCode(), bin.zoneKind(), bin.allowedItemClasses(),
                capacity == null ? null : new BigDecimal(capacity), new BigDecimal(occupied), bin.blocked(), bin.holds());
    }

    private static Bin holding(Bin bin, Content... contents) {
        return new Bin(bin.code(), bin.zoneCode(), bin.zoneKind(), bin.allowedItemClasses(), bin.capacity(),
                bin.occupied(), bin.blocked(), Set.of(contents));
    }

    private static Bin in(Bin bin, ZoneKind kind) {
        return new Bin(bin.code(), bin.zoneCode(), kind, bin.allowedItemClasses(), bin.capacity(), bin.occupied(),
                bin.blocked(), bin.holds());
    }

    private static Bin blocked(Bin bin) {
        return new Bin(bin.code(), bin.zoneCode(), bin.zoneKind(), bin.allowedItemClasses(), bin.capacity(),
                bin.occupied(), true, bin.holds());
    }

    private static Bin forClasses(Bin bin, String... itemClasses) {
        return new Bin(bin.code(), bin.zoneCode(), bin.zoneKind(), Set.of(itemClasses), bin.capacity(), bin.occupied(),
                bin.blocked(), bin.holds());
    }

    private static String suggestedBin(Goods goods, Bin... bins) {
        return PutawayRule.suggest(goods, List.of(bins)).map(suggestion -> suggestion.bin().code()).orElse(null);
    }

    @Test
    void goods_go_to_a_bin_already_holding_the_same_item_and_lot() {
        Bin sameLot = withRoom(holding(bin("A-02"), new Content("BEARING-6204", "L-BR-2611")), "100", "50");
        Bin emptyAndLarger = bin("A-01");

        Optional<Suggestion> suggestion = PutawayRule.suggest(BEARINGS, List.of(emptyAndLarger, sameLot));

        assertThat(suggestion).get().extracting(s -> s.bin().code()).isEqualTo("A-02");
        assertThat(suggestion.get().reason()).isEqualTo("holds the same item and lot");
    }

    @Test
    void the_same_item_in_another_lot_comes_before_an_empty_bin() {
        Bin otherLot = withRoom(holding(bin("A-02"), new Content("BEARING-6204", "L-BR-2502")), "100", "50");

        Optional<Suggestion> suggestion = PutawayRule.suggest(BEARINGS, List.of(bin("A-01"), otherLot));

        assertThat(suggestion).get().extracting(s -> s.bin().code()).isEqualTo("A-02");
        assertThat(suggestion.get().reason()).isEqualTo("holds the same item in another lot");
    }

    @Test
    void the_same_item_and_lot_comes_before_the_same_item_in_another_lot() {
        Bin otherLot = holding(bin("A-01"), new Content("BEARING-6204", "L-BR-2502"));
        Bin sameLot = withRoom(holding(bin("A-02"), new Content("BEARING-6204", "L-BR-2611")), "100", "60");

        assertThat(suggestedBin(BEARINGS, otherLot, sameLot)).isEqualTo("A-02");
    }

    @Test
    void another_item_in_the_same_lot_number_is_no_consolidation() {
        Bin otherItemSameLotNumber = holding(bin("A-01"), new Content("BEARING-6205", "L-BR-2611"));
        Bin larger = withRoom(bin("A-02"), "200", "0");

        assertThat(suggestedBin(BEARINGS, otherItemSameLotNumber, larger)).isEqualTo("A-02");
    }

    @Test
    void without_consolidation_the_bin_with_most_free_capacity_wins() {
        Bin small = withRoom(bin("A-01"), "50", "0");
        Bin bigButFull = withRoom(bin("A-02"), "500", "450");
        Bin roomiest = withRoom(bin("A-03"), "200", "100");

        Optional<Suggestion> suggestion = PutawayRule.suggest(BEARINGS, List.of(small, bigButFull, roomiest));

        assertThat(suggestion).get().extracting(s -> s.bin().code()).isEqualTo("A-03");
        assertThat(suggestion.get().reason()).isEqualTo("has the most free capacity");
    }

    @Test
    void an_unlimited_bin_has_more_room_than_any_limited_one() {
        Bin huge = withRoom(bin("A-01"), "1000000", "0");
        Bin unlimited = withRoom(bin("A-02"), null, "5000");

        Optional<Suggestion> suggestion = PutawayRule.suggest(BEARINGS, List.of(huge, unlimited));

        assertThat(suggestion).get().extracting(s -> s.bin().code()).isEqualTo("A-02");
        assertThat(suggestion.get().reason()).isEqualTo("has unlimited room");
    }

    @Test
    void among_equally_good_bins_the_lowest_code_wins() {
        assertThat(suggestedBin(BEARINGS, bin("A-03"), bin("A-01"), bin("A-02"))).isEqualTo("A-01");
    }

    @Test
    void equal_free_capacity_in_another_scale_is_still_a_tie() {
        Bin b = withRoom(bin("B-01"), "100.00", "0");
        Bin a = withRoom(bin("A-01"), "100", "0.0");

        assertThat(suggestedBin(BEARINGS, b, a)).isEqualTo("A-01");
    }

    @Test
    void among_bins_with_the_same_item_and_lot_the_one_with_most_room_wins() {
        Content sameLot = new Content("BEARING-6204", "L-BR-2611");
        Bin tight = withRoom(holding(bin("A-01"), sameLot), "100", "55");
        Bin roomy = withRoom(holding(bin("A-02"), sameLot), "100", "10");

        assertThat(suggestedBin(BEARINGS, tight, roomy)).isEqualTo("A-02");
    }

    @Test
    void a_bin_without_room_for_the_whole_quantity_is_not_suggested_even_if_it_holds_the_lot() {
        Bin sameLotButTight = withRoom(holding(bin("A-01"), new Content("BEARING-6204", "L-BR-2611")), "100", "61");

        assertThat(suggestedBin(BEARINGS, sameLotButTight, bin("A-02"))).isEqualTo("A-02");
    }

    @Test
    void a_bin_with_exactly_enough_room_is_suggested() {
        Bin exact = withRoom(bin("A-01"), "100", "60");

        assertThat(suggestedBin(BEARINGS, exact)).isEqualTo("A-01");
    }

    @Test
    void an_overfilled_bin_has_no_room() {
        Bin overfilled = withRoom(bin("A-01"), "100", "130");

        assertThat(PutawayRule.suggest(BEARINGS, List.of(overfilled))).isEmpty();
    }

    @Test
    void a_blocked_bin_is_never_suggested() {
        Bin blockedSameLot = blocked(holding(bin("A-01"), new Content("BEARING-6204", "L-BR-2611")));

        assertThat(suggestedBin(BEARINGS, blockedSameLot, bin("A-02"))).isEqualTo("A-02");
    }

    @Test
    void a_bin_that_does_not_take_the_item_class_is_never_suggested() {
        Bin forBulk = forClasses(bin("A-01"), "BULK");
        Bin forSmallParts = withRoom(forClasses(bin("A-02"), "BULK", "SMALL-PARTS"), "50", "0");

        assertThat(suggestedBin(BEARINGS, forBulk, forSmallParts)).isEqualTo("A-02");
    }

    @Test
    void goods_without_an_item_class_go_only_to_bins_that_take_any_class() {
        Goods unclassified = new Goods("BEARING-6204", null, "L-BR-2611", BigDecimal.ONE);

        assertThat(suggestedBin(unclassified, forClasses(bin("A-01"), "BULK"), bin("A-02"))).isEqualTo("A-02");
    }

    @Test
    void released_goods_go_only_to_storage_bins() {
        Bin dock = in(bin("D-01"), ZoneKind.DOCK);
        Bin quarantine = in(bin("Q-01"), ZoneKind.QUARANTINE);
        Bin staging = in(bin("S-01"), ZoneKind.STAGING);
        Bin shipping = in(bin("X-01"), ZoneKind.SHIPPING);

        assertThat(PutawayRule.suggest(BEARINGS, List.of(dock, quarantine, staging, shipping))).isEmpty();
        assertThat(suggestedBin(BEARINGS, dock, quarantine, bin("A-09"), staging)).isEqualTo("A-09");
    }

    @Test
    void goods_on_hold_go_only_to_the_zone_kind_asked_for() {
        Bin storage = bin("A-01");
        Bin quarantine = withRoom(in(bin("Q-01"), ZoneKind.QUARANTINE), "50", "0");

        Optional<Suggestion> suggestion = PutawayRule.suggest(BEARINGS, ZoneKind.QUARANTINE, List.of(storage, quarantine));

        assertThat(suggestion).get().extracting(s -> s.bin().code()).isEqualTo("Q-01");
    }

    @Test
    void no_fitting_bin_means_no_suggestion() {
        assertThat(PutawayRule.suggest(BEARINGS, List.of(blocked(bin("A-01")), withRoom(bin("A-02"), "10", "0")))).isEmpty();
        assertThat(PutawayRule.suggest(BEARINGS, Collections.emptyList())).isEmpty();
    }

    @Test
    void goods_without_lot_consolidate_with_the_same_item() {
        Goods noLot = new Goods("WASHER-M8", "SMALL-PARTS", null, new BigDecimal("500"));
        Bin sameItem = withRoom(holding(bin("A-02"), new Content("WASHER-M8", null)), "1000", "400");

        Optional<Suggestion> suggestion = PutawayRule.suggest(noLot, List.of(withRoom(bin("A-01"), "5000", "0"), sameItem));

        assertThat(suggestion).get().extracting(s -> s.bin().code()).isEqualTo("A-02");
        assertThat(suggestion.get().reason()).isEqualTo("holds the same item");
    }

    @Test
    void goods_to_put_away_need_a_positive_quantity() {
        assertThatThrownBy(() -> new Goods("BEARING-6204", "SMALL-PARTS", "L-1", BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
