package io.forgeline.quality.inspectionlot;

import static io.restassured.RestAssured.given;

import com.google.protobuf.InvalidProtocolBufferException;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** What the inspection tests do the way an inspector would: open the demo bearing's lots and record their samples. */
public final class Inspections {

    public static final String BEARING = "BEARING-6204";
    public static final String DECISIONS = "quality.usage-decisions.v1";

    private Inspections() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    /** A supplier code of its own, so the switching state starts fresh for each test. */
    public static String supplier() {
        return "SUP-T" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    public static ValidatableResponse open(String supplier, String lot, int lotSize) {
        return as("inspector").body("""
                {"itemCode":"%s","supplierCode":"%s","lot":"%s","lotSize":"%d","type":"INCOMING","unit":"PCE"}"""
                .formatted(BEARING, supplier, lot, lotSize))
                .when().post("/api/quality/inspection-lots").then();
    }

    public static String opened(String supplier, int lotSize) {
        return open(supplier, "L-" + UUID.randomUUID().toString().substring(0, 8), lotSize).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse result(String lotId, String body) {
        return as("inspector").body(body).when().post("/api/quality/inspection-lots/" + lotId + "/results").then();
    }

    /** Thirteen bore and outside diameters within tolerance (the S-3 sample of a lot of 1000). */
    public static void measureDiameters(String lotId) {
        result(lotId, """
                {"characteristic":"BORE","values":["19.995","19.996","19.994","19.998","19.995","19.993","19.997","19.996","19.995","19.994","19.996","19.995","19.997"]}""")
                .statusCode(201);
        result(lotId, """
                {"characteristic":"OD","values":["46.995","46.996","46.994","46.998","46.995","46.993","46.997","46.996","46.995","46.994","46.996","46.995","46.997"]}""")
                .statusCode(201);
    }

    /** The usage decision warehouse receives for the lot. */
    public static UsageDecisionMade published(String lotId) {
        return KafkaProbe.await(DECISIONS, record -> lotId.equals(record.key()), Eventually.EVENT_APPLIED)
                .map(record -> {
                    try {
                        return UsageDecisionMade.parseFrom(record.value());
                    } catch (InvalidProtocolBufferException e) {
                        throw new AssertionError("unreadable usage decision for " + lotId, e);
                    }
                })
                .orElseThrow(() -> new AssertionError("no usage decision published for " + lotId));
    }
}
