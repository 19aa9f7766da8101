package io.forgeline.execution;

import static io.restassured.RestAssured.given;

import io.forgeline.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST calls as a signed-in user of the local Keycloak realm. */
public final class Terminal {

    private Terminal() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }

    public static RequestSpecification jsonAs(String user, String body) {
        return as(user).contentType(ContentType.JSON).body(body);
    }
}
