package io.forgeline.warehouse.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.forgeline.testing.Checkout;
import io.forgeline.testing.LocalStack;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Readiness tells the truth about the database: an orchestrator stops sending traffic while it is gone.
 * Health and metrics answer on the management interface only, never on the port the gateway reaches.
 */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class HealthTest {

    /** The management interface's root, /q/ */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void ready_when_database_and_broker_answer() {
        given().when().get(management + "health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka broker"));
        given().when().get(management + "health/live").then().statusCode(200);
        given().when().get(management + "metrics").then().statusCode(200);
    }

    @Test
    void the_api_port_serves_neither_health_nor_metrics() {
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void not_ready_while_the_database_is_gone_and_ready_again_when_it_is_back() throws Exception {
        String database = Checkout.database("forgeline_test_warehouse");
        try {
            sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'",
                    "alter database " + database + " rename to " + database + "_gone");
            awaitReadiness(503);
        } finally {
            sql("alter database " + database + "_gone rename to " + database);
        }
        awaitReadiness(200);
    }

    private static void sql(String... statements) throws Exception {
        String url = "jdbc:postgresql://" + LocalStack.dbHost() + ":" + LocalStack.dbPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, LocalStack.dbUser(), LocalStack.dbPassword());
             var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private void awaitReadiness(int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = given().when().get(management + "health/ready").statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("readiness stayed " + last + ", expected " + status);
    }
}
