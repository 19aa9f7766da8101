package io.forgeline.gateway.terminal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.gateway.routing.EchoUpstream;
import io.forgeline.testing.LocalStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstream.class)
class SignInSettingsTest {

    /** src/href/url()/import pointing at another host: the pages must work on a plant network without internet. */
    private static final Pattern EXTERNAL = Pattern.compile("(?:src|href)\\s*=\\s*[\"']\\s*(?:https?:)?//|url\\(\\s*[\"']?\\s*(?:https?:)?//|@import\\s+[\"']?(?:https?:)?//|import\\s.*from\\s+[\"'](?:https?:)?//");

    @Test
    void the_pages_learn_the_realm_and_the_public_client_from_config_json() {
        given().when().get("/config.json")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Cache-Control", equalTo("no-store"))
                .body("realmUrl", equalTo(LocalStack.realmUrl()))
                .body("clientId", equalTo("forgeline-terminal"))
                .body("terminalIdleSeconds", equalTo(300));
    }

    @Test
    void the_planner_page_and_its_script_and_styles_are_served_without_signing_in() {
        given().when().get("/planner.html").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("planner.js"));
        given().when().get("/planner.js").then().statusCode(200).body(containsString("text/event-stream"));
        given().when().get("/oidc.js").then().statusCode(200).body(containsString("code_challenge"));
        given().when().get("/planner.css").then().statusCode(200);
        given().when().get("/").then().statusCode(200).body(containsString("planner.html"));
    }

    @Test
    void the_pages_load_nothing_from_another_host() throws IOException {
        for (String file : new String[] {"index.html", "planner.html", "planner.js", "gantt.js", "oidc.js", "planner.css"}) {
            String text = resource(file);
            Matcher external = EXTERNAL.matcher(text);
            if (external.find()) {
                throw new AssertionError(file + " loads from another host: "
                        + text.substring(external.start(), Math.min(text.length(), external.end() + 40)));
            }
        }
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = SignInSettingsTest.class.getResourceAsStream("/META-INF/resources/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
