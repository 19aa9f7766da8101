package io.forgeline.platform.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.scheduling.v1.UnitConversion;
import io.forgeline.platform.inbox.PoisonEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedItemTest {

    private static ItemChanged.Builder bearing() {
        return ItemChanged.newBuilder().setCode("BEARING-6204").setDescription("Deep groove ball bearing 6204")
                .setUnit("PCE").setMakeOrBuy("BUY").setGtin("04012345000023").setSupplierCode("ACME")
                .setVersion(7).setChangedAt("2030-01-02T08:00:00Z");
    }

    @Test
    void a_change_is_stored_with_the_values_scheduling_sent() {
        PublishedItem item = PublishedItem.of(bearing().setProductFamily("BEARING").build());

        assertEquals(new PublishedItem("BEARING-6204", "Deep groove ball bearing 6204", "PCE", "BUY", "04012345000023",
                "BEARING", "ACME", 7, Instant.parse("2030-01-02T08:00:00Z"), null, false), item);
    }

    @Test
    void a_serialised_item_is_stored_as_serialised() {
        assertTrue(PublishedItem.of(bearing().setSerialised(true).build()).serialised());
    }

    @Test
    void what_scheduling_sent_empty_is_stored_as_absent() {
        PublishedItem item = PublishedItem.of(bearing().setGtin("").setProductFamily(" ").setSupplierCode("").build());

        assertNull(item.gtin());
        assertNull(item.productFamily());
        assertNull(item.supplierCode());
    }

    @Test
    void a_change_without_an_item_code_is_poison() {
        PoisonEvent poison = assertThrows(PoisonEvent.class, () -> PublishedItem.of(bearing().setCode(" ").build()));
        assertEquals("item change v7 names no item code", poison.getMessage());
    }

    @Test
    void a_change_whose_time_does_not_read_is_poison() {
        PoisonEvent poison = assertThrows(PoisonEvent.class,
                () -> PublishedItem.of(bearing().setChangedAt("yesterday").build()));
        assertEquals("item change v7 of BEARING-6204 has no readable changed_at: 'yesterday'", poison.getMessage());
    }

    @Test
    void purchase_units_are_kept_sorted_and_read_back_as_base_units_per_one() {
        PublishedItem published = PublishedItem.of(bearing()
                .addPurchaseUnits(UnitConversion.newBuilder().setUnit("PAL").setFactor("12000.000"))
                .addPurchaseUnits(UnitConversion.newBuilder().setUnit("BOX").setFactor("50")).build());
        assertEquals("BOX=50;PAL=12000", published.purchaseUnits());

        Item item = new Item();
        item.unit = "PCE";
        item.purchaseUnits = published.purchaseUnits();
        assertEquals(Optional.of(new BigDecimal("50")), PurchaseUnits.factor(item, "BOX"));
        assertEquals(Optional.of(BigDecimal.ONE), PurchaseUnits.factor(item, "PCE"));
        assertEquals(Optional.empty(), PurchaseUnits.factor(item, "CTN"));
    }

    @Test
    void a_purchase_unit_that_means_nothing_is_poison() {
        assertThrows(PoisonEvent.class, () -> PublishedItem.of(bearing()
                .addPurchaseUnits(UnitConversion.newBuilder().setUnit("BOX").setFactor("0")).build()));
        assertThrows(PoisonEvent.class, () -> PublishedItem.of(bearing()
                .addPurchaseUnits(UnitConversion.newBuilder().setUnit("BOX").setFactor("50"))
                .addPurchaseUnits(UnitConversion.newBuilder().setUnit("BOX").setFactor("60")).build()));
    }
}
