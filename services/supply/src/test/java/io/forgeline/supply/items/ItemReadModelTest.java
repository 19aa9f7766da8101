package io.forgeline.supply.items;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.scheduling.v1.PurchaseRequisitionRaised;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.Inbox;
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

/** The item copy seen where a supplier meets it: the description on its purchase orders. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = ItemReadModelTest.DATABASE))
class ItemReadModelTest {

    static final String DATABASE = "forgeline_test_supply";
    private static final String ITEMS = "scheduling.items.v1";
    private static final String REQUISITIONS = "scheduling.purchase-requisitions.v1";
    private static final String RAISED = "io.forgeline.scheduling.purchase-requisition.raised.v1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** A code no other test (nor scheduling's own tests on the shared broker) publishes. */
    private static String newItemCode() {
        return "T-BUY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static ItemChanged.Builder item(String code, long version, String description) {
        return ItemChanged.newBuilder().setCode(code).setDescription(description).setUnit("PCE").setMakeOrBuy("BUY")
                .setSupplierCode("ACME").setVersion(version).setChangedAt("2030-01-01T08:00:00Z");
    }

    /** Publishes as scheduling's outbox relay would: keyed by item code, CloudEvents headers; returns the ce_id. */
    private static String publish(ItemChanged.Builder item) {
        return publish(item, UUID.randomUUID().toString(), ItemChanges.CHANGED);
    }

    private static String publish(ItemChanged.Builder item, String ceId, String ceType) {
        KafkaProbe.send(ITEMS, item.getCode(), item.build().toByteArray(), KafkaProbe.cloudEvent(ceId, ceType));
        return ceId;
    }

    /** A shortage of {@code itemCode} for ACME, which supply turns into a purchase order. */
    private static void requisition(String itemCode) {
        PurchaseRequisitionRaised event = PurchaseRequisitionRaised.newBuilder()
                .setRequisitionId(UUID.randomUUID().toString())
                .setItemCode(itemCode)
                .setQuantity(Quantity.newBuilder().setAmount("10").setUnit("PCE"))
                .setNeedDate("2030-02-01T00:00:00Z")
                .setProductionOrderNumber("MO-T" + UUID.randomUUID().toString().substring(0, 6))
                .setSupplierCode("ACME")
                .build();
        KafkaProbe.send(REQUISITIONS, itemCode, event.toByteArray(), KafkaProbe.cloudEvent(UUID.randomUUID().toString(), RAISED));
    }

    /** The purchase order ACME sees for {@code itemCode}, once there is one. */
    private static Optional<Map<String, Object>> acmeOrderFor(String itemCode) {
        List<Map<String, Object>> orders = given().auth().oauth2(Tokens.client("supplier-acme", "acme-secret"))
                .when().get("/partner/v1/purchase-orders")
                .then().statusCode(200).extract().jsonPath().getList("");
        return orders.stream().filter(order -> itemCode.equals(order.get("itemCode"))).findFirst();
    }

    private static String descriptionOnOrderFor(String itemCode) {
        return acmeOrderFor(itemCode).map(order -> (String) order.get("itemDescription")).orElse(null);
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
    void an_older_version_arriving_late_changes_nothing() {
        String code = newItemCode();
        publish(item(code, 4, "Casting, drawing rev D"));
        requisition(code);
        awaitDescription(code, "Casting, drawing rev D");

        String stale = publish(item(code, 3, "Casting, drawing rev C"));

        Inbox.awaitProcessed(DATABASE, stale, WAIT);
        assertEquals("Casting, drawing rev D", descriptionOnOrderFor(code));
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        String code = newItemCode();
        String ceId = publish(item(code, 1, "Spacer"));
        requisition(code);
        awaitDescription(code, "Spacer");

        // A redelivery carries the same ce_id; a newer payload under it shows whether it was applied a second time.
        publish(item(code, 5, "Spacer, applied twice"), ceId, ItemChanges.CHANGED);
        // Same key, same partition: once this later record of a type the consumer skips is handled, so is the redelivery.
        String after = publish(item(code, 9, "marker"), UUID.randomUUID().toString(), "io.forgeline.test.marker.v1");

        Inbox.awaitProcessed(DATABASE, after, WAIT);
        assertEquals("Spacer", descriptionOnOrderFor(code));
    }

    @Test
    void an_order_for_an_item_the_master_has_not_published_has_no_description_yet() {
        String code = newItemCode();
        requisition(code);

        Eventually.within(WAIT, () -> acmeOrderFor(code).isPresent(), "ACME's order for " + code);
        assertNull(descriptionOnOrderFor(code));
    }
}
