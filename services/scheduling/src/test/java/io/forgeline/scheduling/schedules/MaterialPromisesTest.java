package io.forgeline.scheduling.schedules;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.contracts.supply.v1.PurchaseOrderConfirmed;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Suppliers' confirmations as material promises on orders: the newest confirmation of a purchase order wins. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling"))
class MaterialPromisesTest {

    private static final String ORDERS = "/api/scheduling/production-orders";
    private static final String TOPIC = "supply.purchase-orders.v1";
    private static final String CONFIRMED = "io.forgeline.supply.purchase-order.confirmed.v1";

    /** A released GEARBOX-A order short of bearings (40 × 2 × 1.02 = 82 needed, 60 in stock): its number. */
    private static String shortOfBearings() {
        String due = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return given().auth().oauth2(Tokens.user("planner")).contentType(ContentType.JSON)
                .body("{\"itemCode\":\"GEARBOX-A\",\"quantity\":\"40\",\"dueDate\":\"" + due + "\"}")
                .when().post(ORDERS).then().statusCode(201).extract().path("number");
    }

    private static PurchaseOrderConfirmed confirmation(String purchaseOrderId, String orderNumber, int confirmation, Instant promised) {
        return PurchaseOrderConfirmed.newBuilder().setPurchaseOrderId(purchaseOrderId).setPurchaseOrderNumber("PO-" + purchaseOrderId.substring(0, 6))
                .setSupplierCode("ACME").setItemCode("BEARING-6204").setPromisedDate(promised.toString())
                .setProductionOrderNumber(orderNumber).setConfirmation(confirmation).setConfirmedAt(Instant.now().toString()).build();
    }

    /** Delivers the confirmation and waits until scheduling has handled it. */
    private static void deliver(PurchaseOrderConfirmed confirmed) {
        String group = ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class);
        KafkaProbe.deliver(TOPIC, confirmed.getPurchaseOrderId(), confirmed.toByteArray(),
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), CONFIRMED), group, Duration.ofSeconds(30));
    }

    private static String bearingsExpectedAt(String number) {
        return given().auth().oauth2(Tokens.user("planner")).queryParam("limit", 1000).when().get(ORDERS).then().statusCode(200)
                .extract().jsonPath().getString("find { it.number == '" + number + "' }.materials.find { it.itemCode == 'BEARING-6204' }.expectedAt");
    }

    @Test
    void a_newer_confirmation_moves_the_promise() {
        String number = shortOfBearings();
        String purchaseOrder = UUID.randomUUID().toString();
        Instant first = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant second = first.plus(2, ChronoUnit.DAYS);

        deliver(confirmation(purchaseOrder, number, 1, first));
        assertEquals(first.toString(), bearingsExpectedAt(number));
        deliver(confirmation(purchaseOrder, number, 2, second));

        assertEquals(second.toString(), bearingsExpectedAt(number));
    }

    @Test
    void an_older_confirmation_delivered_after_a_newer_one_does_not_take_back_the_newer_date() {
        String number = shortOfBearings();
        String purchaseOrder = UUID.randomUUID().toString();
        Instant older = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant newer = older.plus(4, ChronoUnit.DAYS);

        deliver(confirmation(purchaseOrder, number, 2, newer));
        deliver(confirmation(purchaseOrder, number, 1, older)); // e.g. replayed from the dead letters

        assertEquals(newer.toString(), bearingsExpectedAt(number));
    }
}
