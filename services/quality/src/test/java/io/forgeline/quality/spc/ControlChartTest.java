package io.forgeline.quality.spc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;
import io.forgeline.contracts.quality.v1.SpcAlertRaised;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The gearboxes' running noise as final inspections measure it (dB(A), its own chart: no other test measures it):
 * twenty steady values, a chart with their limits, the limits frozen, and a value far from them raising an alert on
 * quality.spc-alerts.v1. The steps build on each other, in order.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_quality"))
class ControlChartTest {

    private static final String SERIES = "GEARBOX-A/NOISE";

    private static RequestSpecification as(String user) {
        return given().config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    /** A final inspection lot of 200 gearboxes: noise on level II at AQL 0.65, a sample of 20. */
    private static String finalLot() {
        return as("inspector").body("""
                {"itemCode":"GEARBOX-A","lot":"FG-%s","lotSize":"200","type":"FINAL","unit":"PCE"}""".formatted(UUID.randomUUID()))
                .when().post("/api/quality/inspection-lots").then().statusCode(201).extract().path("id");
    }

    private static void noise(String lot, String... values) {
        as("inspector").body("{\"characteristic\":\"NOISE\",\"values\":[\"" + String.join("\",\"", values) + "\"]}")
                .when().post("/api/quality/inspection-lots/" + lot + "/results").then().statusCode(201);
    }

    @Test
    @Order(1)
    void recorded_measurements_make_the_characteristics_chart() {
        String lot = finalLot();
        String[] steady = new String[20];
        for (int i = 0; i < steady.length; i++) {
            steady[i] = i % 2 == 0 ? "60" : "61";
        }
        noise(lot, steady);

        // 60, 61 alternating: mean 60.5, every moving range 1 → σ = 1/1.128
        as("quality").queryParam("itemCode", "GEARBOX-A").queryParam("characteristic", "NOISE")
                .when().get("/api/quality/spc/charts").then().statusCode(200)
                .body("chart", equalTo("i-mr")).body("points", hasSize(20))
                .body("center", closeTo(60.5, 1e-9)).body("ucl", closeTo(60.5 + 3 / 1.128, 1e-6))
                .body("secondary.center", closeTo(1.0, 1e-9));
    }

    @Test
    @Order(2)
    void a_quality_engineer_freezes_the_phase_i_limits() {
        String key = UUID.randomUUID().toString();
        String frozenAt = as("quality").header("Idempotency-Key", key).queryParam("itemCode", "GEARBOX-A").queryParam("characteristic", "NOISE")
                .when().post("/api/quality/spc/charts/baseline").then().statusCode(200)
                .body("points", equalTo(20)).body("center", closeTo(60.5, 1e-9)).body("frozenBy", equalTo("quality"))
                .extract().path("frozenAt");
        // the engineer's browser retries: the first answer again, not frozen a second time
        as("quality").header("Idempotency-Key", key).queryParam("itemCode", "GEARBOX-A").queryParam("characteristic", "NOISE")
                .when().post("/api/quality/spc/charts/baseline").then().statusCode(200).body("frozenAt", equalTo(frozenAt));
        as("inspector").queryParam("itemCode", "GEARBOX-A").queryParam("characteristic", "NOISE")
                .when().post("/api/quality/spc/charts/baseline").then().statusCode(403);
    }

    @Test
    @Order(3)
    void a_value_beyond_three_sigma_raises_an_alert() {
        Instant before = Instant.now();
        noise(finalLot(), "70");

        SpcAlertRaised alert = KafkaProbe.await("quality.spc-alerts.v1", record -> SERIES.equals(record.key())
                        && parse(record.value()).getValue().equals("70") && Instant.parse(parse(record.value()).getRaisedAt()).isAfter(before),
                        Duration.ofSeconds(30))
                .map(record -> parse(record.value())).orElseThrow(() -> new AssertionError("no alert for 70 dB(A)"));
        assertEquals(1, alert.getRule());
        assertEquals("one point beyond 3 sigma", alert.getRuleText());
        assertTrue(alert.getFrozenLimits());
        assertEquals(60.5 + 3 / 1.128, Double.parseDouble(alert.getUcl()), 1e-6);
        assertEquals("GEARBOX-A", alert.getItemCode());
    }

    @Test
    @Order(4)
    void a_chart_needs_two_measurements_and_names_what_is_missing() {
        as("quality").queryParam("itemCode", "GEARBOX-A").queryParam("characteristic", "LEAK")
                .when().get("/api/quality/spc/charts").then().statusCode(422).body("errors[0].field", equalTo("characteristic"));
        as("quality").when().get("/api/quality/spc/charts").then().statusCode(400);
    }

    private static SpcAlertRaised parse(byte[] value) {
        try {
            return SpcAlertRaised.parseFrom(value);
        } catch (InvalidProtocolBufferException e) {
            return SpcAlertRaised.getDefaultInstance();
        }
    }
}
