package io.forgeline.deploy.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Scripts read {@code bin/forgeline status --json}: its keys are a contract. */
class StatusJsonTest {

    @TempDir
    Path home;

    @Test
    void status_json_keeps_the_keys_scripts_read_with_every_port_taken_from_the_configuration() throws Exception {
        LauncherRun launcher = new LauncherRun(home);
        LauncherRun.Result result = launcher.run("status", "--json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();

        JsonNode status = new ObjectMapper().readTree(result.stdout());
        assertThat(status.path("gateway").asText()).isEqualTo("http://localhost:" + launcher.get("FORGELINE_GATEWAY_PORT"));
        assertThat(status.at("/keycloak/realm").asText()).isEqualTo(launcher.get("FORGELINE_KEYCLOAK_URL") + "/realms/forgeline");
        assertThat(status.at("/kafka/bootstrapServers").asText()).isEqualTo(launcher.get("FORGELINE_KAFKA_BOOTSTRAP"));
        assertThat(status.at("/postgres/url").asText()).isEqualTo("postgresql://localhost:" + launcher.get("FORGELINE_DB_PORT"));
        assertThat(status.at("/keycloak/running").isBoolean()).isTrue();
        assertThat(status.at("/kafka/running").isBoolean()).isTrue();
        assertThat(status.at("/postgres/running").isBoolean()).isTrue();

        JsonNode services = status.path("services");
        assertThat(services.properties()).extracting(e -> e.getKey())
                .containsExactlyInAnyOrder("scheduling", "execution", "quality", "warehouse", "supply");
        services.properties().forEach(entry -> {
            String port = launcher.get("FORGELINE_" + entry.getKey().toUpperCase() + "_PORT");
            JsonNode service = entry.getValue();
            assertThat(service.path("http").asText()).as(entry.getKey()).isEqualTo("http://localhost:" + port);
            assertThat(service.path("grpc").asText()).as(entry.getKey() + ": gRPC shares the HTTP port")
                    .isEqualTo("localhost:" + port)
                    .isEqualTo(service.path("http").asText().replace("http://", ""));
            assertThat(service.path("management").asText()).as(entry.getKey())
                    .isEqualTo("http://localhost:" + launcher.get("FORGELINE_" + entry.getKey().toUpperCase() + "_MANAGEMENT_PORT"));
            assertThat(service.path("running").asBoolean(true)).as(entry.getKey() + " runs nowhere in this state directory").isFalse();
        });
    }
}
