package io.forgeline.supply.supplier;

import static io.forgeline.supply.SupplyTestData.buyer;
import static io.forgeline.supply.SupplyTestData.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Buyers onboard suppliers: the directory row, its contacts, and the sign-in its system uses, issued in Keycloak. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_supply"))
class SupplierOnboardingTest {

    private static String freshCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String newSupplier(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"Initech Springs\",\"country\":\"CN\",\"approvalRequired\":true,"
                + "\"contacts\":[{\"name\":\"Li Wei\",\"role\":\"sales\",\"email\":\"li.wei@initech.example\"}]}";
    }

    private static JsonPath claimsOf(String token) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void onboarding_issues_a_client_whose_token_speaks_for_the_new_supplier_and_shows_its_secret_once() {
        String code = freshCode();

        JsonPath onboarded = buyer().contentType(ContentType.JSON).body(newSupplier(code)).when().post("/api/supply/suppliers")
                .then().statusCode(201)
                .body("code", equalTo(code))
                .body("approvalRequired", equalTo(true))
                .body("contacts[0].name", equalTo("Li Wei"))
                .body("client.clientId", equalTo("supplier-" + code.toLowerCase()))
                .extract().jsonPath();
        String secret = onboarded.getString("client.clientSecret");
        assertTrue(secret != null && secret.length() >= 16, "a secret: " + secret);

        String token = Tokens.client("supplier-" + code.toLowerCase(), secret);
        assertEquals(code, claimsOf(token).getString("supplier_id"));
        assertTrue(claimsOf(token).getList("realm_access.roles").contains("supplier"));
        given().auth().oauth2(token).when().get("/partner/v1/purchase-orders").then().statusCode(200).body("size()", equalTo(0));

        buyer().when().get("/api/supply/suppliers/{code}", code).then().statusCode(200)
                .body("clientId", equalTo("supplier-" + code.toLowerCase()))
                .body("$", not(hasKey("client")));
    }

    @Test
    void a_repeat_with_the_same_idempotency_key_answers_the_supplier_without_the_secret_and_issues_nothing_new() {
        String code = freshCode();
        String key = UUID.randomUUID().toString();
        String secret = buyer().header("Idempotency-Key", key).contentType(ContentType.JSON).body(newSupplier(code))
                .when().post("/api/supply/suppliers").then().statusCode(201).extract().path("client.clientSecret");

        buyer().header("Idempotency-Key", key).contentType(ContentType.JSON).body(newSupplier(code))
                .when().post("/api/supply/suppliers").then().statusCode(201)
                .body("code", equalTo(code)).body("$", not(hasKey("client")));

        // the first secret still signs in: the repeat did not issue a new one
        Tokens.client("supplier-" + code.toLowerCase(), secret);
        buyer().contentType(ContentType.JSON).body(newSupplier(code)).when().post("/api/supply/suppliers").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void a_supplier_is_refused_naming_the_field_when_its_code_or_country_is_not_usable() {
        buyer().contentType(ContentType.JSON).body("{\"code\":\"a b\",\"name\":\"X\",\"country\":\"Germany\"}")
                .when().post("/api/supply/suppliers").then().statusCode(400)
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("country"));
        given().auth().oauth2(Tokens.user("planner")).contentType(ContentType.JSON).body(newSupplier(freshCode()))
                .when().post("/api/supply/suppliers").then().statusCode(403);
    }

    @Test
    void a_buyer_keeps_the_terms_an_item_is_ordered_on() {
        String item = item("T-TERMS-", null);

        buyer().contentType(ContentType.JSON)
                .body("{\"supplierItemNumber\":\"GX-1\",\"leadTimeDays\":14,\"minimumOrderQuantity\":\"100\",\"orderMultiple\":\"50\"}")
                .when().put("/api/supply/suppliers/GLOBEX/items/{item}", item).then().statusCode(200)
                .body("overDeliveryTolerance", equalTo("10"));

        buyer().when().get("/api/supply/suppliers/GLOBEX").then().statusCode(200)
                .body("items.find { it.itemCode == '" + item + "' }.supplierItemNumber", equalTo("GX-1"))
                .body("items.find { it.itemCode == '" + item + "' }.leadTimeDays", equalTo(14));
        buyer().contentType(ContentType.JSON).body("{\"leadTimeDays\":-1}")
                .when().put("/api/supply/suppliers/GLOBEX/items/{item}", item).then().statusCode(400).body("errors.field", hasItem("leadTimeDays"));
        buyer().contentType(ContentType.JSON).body("{}")
                .when().put("/api/supply/suppliers/GLOBEX/items/NO-SUCH-ITEM").then().statusCode(422);
    }
}
