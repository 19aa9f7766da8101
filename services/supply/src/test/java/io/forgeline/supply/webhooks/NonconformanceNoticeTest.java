package io.forgeline.supply.webhooks;

import static io.forgeline.supply.SupplyTestData.WAIT;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.quality.v1.NcrSource;
import io.forgeline.contracts.quality.v1.NonconformanceOpened;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Quality's NCR on a supplier's material reaches the supplier's nonconformance.opened webhooks, once per event; an NCR
 * on the plant's own material or another supplier's reaches none of them.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_supply"))
class NonconformanceNoticeTest {

    private static RequestSpecification globex() {
        return given().auth().oauth2(Tokens.client("supplier-globex", "globex-secret"));
    }

    private static NonconformanceOpened ncr(String supplier) {
        return NonconformanceOpened.newBuilder().setNcrId(UUID.randomUUID().toString()).setNcrNumber("NCR-T" + System.nanoTime())
                .setSource(NcrSource.CUSTOMER_COMPLAINT).setItemCode("BEARING-6204").setLot("L-9")
                .setQuantity(Quantity.newBuilder().setAmount("12").setUnit("PCE")).setSupplierCode(supplier).addDefectCodes("RATTLE")
                .setDescription("Customer returned noisy bearings").setOpenedBy("quality").setOpenedAt(Instant.now().toString()).build();
    }

    private static void deliver(NonconformanceOpened ncr, String eventId) {
        KafkaProbe.deliver("quality.nonconformances.v1", ncr.getNcrId(), ncr.toByteArray(),
                KafkaProbe.cloudEvent(eventId, NonconformanceNotices.OPENED),
                ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class), WAIT);
    }

    private static List<String> deliveredNcrs(String endpoint) {
        return globex().when().get("/partner/v1/webhooks/{id}/deliveries", endpoint).then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.eventType == 'nonconformance.opened' }.id");
    }

    @Test
    void an_ncr_on_a_suppliers_material_is_queued_for_its_webhook_once() {
        String endpoint = globex().contentType(ContentType.JSON)
                .body("{\"url\":\"http://127.0.0.1:9/ncr-hooks\",\"events\":[\"nonconformance.opened\"]}")
                .when().post("/partner/v1/webhooks").then().statusCode(201).extract().path("id");
        int before = deliveredNcrs(endpoint).size();

        NonconformanceOpened ours = ncr("GLOBEX");
        String eventId = UUID.randomUUID().toString();
        deliver(ours, eventId);
        deliver(ours, eventId);
        deliver(ncr(""), UUID.randomUUID().toString());
        deliver(ncr("ACME"), UUID.randomUUID().toString());

        assertEquals(before + 1, deliveredNcrs(endpoint).size());
        globex().when().delete("/partner/v1/webhooks/{id}", endpoint);
    }
}
