package io.forgeline.warehouse.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no broker to publish to, the service says it is not ready rather than silently piling up events. */
@QuarkusTest
@TestProfile(BrokerDownTest.NoBroker.class)
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class BrokerDownTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "localhost:1");
        }
    }

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @Test
    void not_ready_while_the_broker_is_unreachable() {
        given().when().get(ready)
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Kafka broker' }.status", equalTo("DOWN"));
    }
}
