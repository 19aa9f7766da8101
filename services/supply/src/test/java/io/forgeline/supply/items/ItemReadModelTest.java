package io.forgeline.supply.items;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.platform.items.ItemChanges;
import io.forgeline.supply.SupplyTestData;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The item copy seen where a supplier meets it: the description on its purchase orders. How the shared
 * consumer (platform-items) treats stale, redelivered and poison events is proven once, in warehouse's
 * ItemReadModelTest.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = ItemReadModelTest.DATABASE))
class ItemReadModelTest {

    static final String DATABASE = "forgeline_test_supply";
    private static final String ITEMS = "scheduling.items.v1";
    private static final String REQUISITIONS = "scheduling.purchase-requisitions.v1";
    private static final String RAISED = "io.forgeline.scheduling.purchase-requisition.raised.v1";
    private static final Duration WAIT = Eventually.EVENT_APPLIED;

    /** A code no other test (nor scheduling's own tests on the shared broker) publishes. */
    private static String newItemCode() {
        return "T-BUY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static ItemChanged.Builder item(String code, long version, String description) {
        return ItemChanged.newBuilder().setCode(code).setDescription(description).setUnit("PCE").setMakeOrBuy("BUY")
                .setSupplierCode("ACME").setVersion(version).setChangedAt("2030-01-01T08:00:00Z");
    }

    /** Publishes as scheduling's outbox relay would: keyed by item code, CloudEvents headers. */
    private static void publish(ItemChanged.Builder item) {
        KafkaProbe.send(ITEMS, item.getCode(), item.build().toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), ItemChanges.CHANGED));
    }

    /** A shortage of {@code itemCode} for ACME, which supply turns into a purchase order. */
    private static void requisition(String itemCode) {
        PurchaseRequisitionRaised event = PurchaseRequisitionRaised.newBuilder()
                .setRequisitionId(UUID.randomUUID().toString())
                .setItemCode(itemCode)
                .setQuantity(Quantity.newBuilder().setAmount("10").setUnit("PCE"))
                .setNeedDate(SupplyTestData.dockTime(SupplyTestData.freshWeek()).toString())
                .setProductionOrderNumber("MO-T" + UUID.randomUUID().toString().substring(0, 6))
                .setSupplierCode("ACME")
                .build();
        KafkaProbe.send(REQUISITIONS, itemCode, event.toByteArray(), KafkaProbe.cloudEvent(UUID.randomUUID().toString(), RAISED));
    }

    /** The line for {@code itemCode} on the purchase order ACME sees, once there is one. */
    private static Optional<Map<String, Object>> acmeLineFor(String itemCode) {
        return SupplyTestData.partnerOrderWith(SupplyTestData.acme(), itemCode)
                .flatMap(order -> SupplyTestData.linesOf(order).stream().filter(line -> itemCode.equals(line.get("itemCode"))).findFirst());
    }

    private static String descriptionOnOrderFor(String itemCode) {
        return acmeLineFor(itemCode).map(line -> (String) line.get("itemDescription")).orElse(null);
    }

    private static void awaitDescription(String itemCode, String description) {
        Eventually.within(WAIT, () -> Objects.equals(description, descriptionOnOrderFor(itemCode)),
                "ACME's order for " + itemCode + " described as " + description);
    }

    @Test
    void a_purchase_order_shows_the_supplier_what_the_item_master_calls_the_item() {
        String code = newItemCode();
        publish(item(code, 1, "Deep groove ball bearing 6205"));
        requisition(code);

        awaitDescription(code, "Deep groove ball bearing 6205");
    }

    @Test
    void a_newer_version_of_the_item_renames_it_on_the_order() {
        String code = newItemCode();
        publish(item(code, 1, "Seal ring"));
        requisition(code);
        awaitDescription(code, "Seal ring");

        publish(item(code, 2, "Radial shaft seal 20x47x7"));

        awaitDescription(code, "Radial shaft seal 20x47x7");
    }

    @Test
    void an_order_for_an_item_the_master_has_not_published_has_no_description_yet() {
        String code = newItemCode();
        requisition(code);

        Eventually.within(WAIT, () -> acmeLineFor(code).isPresent(), "ACME's order for " + code);
        assertNull(descriptionOnOrderFor(code));
    }
}
