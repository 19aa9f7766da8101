package io.forgeline.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The routes as configured: partner paths reach the service that owns them, the longest prefix first. */
@QuarkusTest
class RouteTableTest {

    @Inject
    RouteTable routes;

    @ConfigProperty(name = "forgeline.gateway.routes.quality.upstream")
    String quality;

    @ConfigProperty(name = "forgeline.gateway.routes.supply.upstream")
    String supply;

    @Test
    void a_suppliers_nonconformances_go_to_quality_and_the_rest_of_the_partner_api_to_supply() {
        assertEquals(quality, routes.match("/partner/v1/nonconformances").orElseThrow().upstream());
        assertEquals(quality, routes.match("/partner/v1/nonconformances/NCR-7/answer").orElseThrow().upstream());
        assertEquals(supply, routes.match("/partner/v1/purchase-orders").orElseThrow().upstream());
        assertEquals(supply, routes.match("/partner/v1/nonconformancesX").orElseThrow().upstream(), "on a path-segment boundary only");
        assertTrue(routes.match("/partner/v1/nonconformances").orElseThrow().readRoles().contains("supplier"));
    }
}
