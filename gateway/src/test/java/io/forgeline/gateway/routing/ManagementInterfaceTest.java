package io.forgeline.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Health and metrics are for the cluster, not the internet: only the management interface serves them. */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
class ManagementInterfaceTest {

    @Inject
    HttpServer server;

    @Test
    void the_public_port_answers_404_for_metrics_and_health_with_or_without_a_token() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"}) {
            given().when().get(path).then().statusCode(404);
            given().auth().oauth2(Tokens.user("admin")).when().get(path).then().statusCode(404);
        }
    }

    @Test
    void the_management_port_serves_readiness_and_prometheus_metrics() {
        assertThat(server.getManagementPort()).isPositive().isNotEqualTo(server.getPort());
        String management = "http://localhost:" + server.getManagementPort();

        given().baseUri(management).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(management).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("forgeline_gateway_token_verifications_total"));
    }
}
