package io.forgeline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The packaged gateway as it runs: nothing of its own insides on the public port. */
class GatewayExposureTest {

    @Test
    void the_public_port_answers_404_for_metrics_and_health_which_only_the_management_port_serves() {
        String management = "http://localhost:" + Suite.get().managementPorts.get("gateway");
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"}) {
            assertThat(Http.send(Suite.get().gateway(), "GET", path, Caller.ANONYMOUS, null, null).status()).as(path).isEqualTo(404);
            assertThat(Http.send(Suite.get().gateway(), "GET", path, Caller.ADMIN, null, null).status()).as(path).isEqualTo(404);
            assertThat(Http.send(management, "GET", path, Caller.ANONYMOUS, null, null).status()).as("management " + path).isEqualTo(200);
        }
    }
}
