package io.forgeline.deploy.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The environment `up` gives each process: its own ports, and where every other one is. */
class ServiceSettingsTest {

    @TempDir
    Path home;

    private static List<String> settings(LauncherRun launcher, String service) {
        LauncherRun.Result result = launcher.source("service_settings " + service);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return result.stdout().lines().toList();
    }

    @Test
    void a_service_gets_its_configured_ports_its_database_and_the_http_port_of_every_other_service() {
        LauncherRun launcher = new LauncherRun(home);

        List<String> scheduling = settings(launcher, "scheduling");

        assertThat(scheduling).contains(
                "QUARKUS_HTTP_PORT=" + launcher.get("FORGELINE_SCHEDULING_PORT"),
                "QUARKUS_MANAGEMENT_PORT=" + launcher.get("FORGELINE_SCHEDULING_MANAGEMENT_PORT"),
                "FORGELINE_BIND_HOST=127.0.0.1",
                "FORGELINE_DB_NAME=forgeline_scheduling",
                // warehouse's gRPC shares its HTTP port
                "FORGELINE_WAREHOUSE_PORT=" + launcher.get("FORGELINE_WAREHOUSE_PORT"),
                "FORGELINE_SUPPLY_PORT=" + launcher.get("FORGELINE_SUPPLY_PORT"));
        assertThat(scheduling).noneMatch(s -> s.startsWith("FORGELINE_SCHEDULING_PORT=") || s.startsWith("FORGELINE_GATEWAY_"));
    }

    @Test
    void the_gateway_gets_the_address_of_every_service_and_no_database() {
        LauncherRun launcher = new LauncherRun(home);

        List<String> gateway = settings(launcher, "gateway");

        assertThat(gateway).contains(
                "QUARKUS_HTTP_PORT=" + launcher.get("FORGELINE_GATEWAY_PORT"),
                "QUARKUS_MANAGEMENT_PORT=" + launcher.get("FORGELINE_GATEWAY_MANAGEMENT_PORT"));
        for (String service : List.of("scheduling", "execution", "quality", "warehouse", "supply")) {
            String upper = service.toUpperCase();
            assertThat(gateway).contains("FORGELINE_" + upper + "_URL=http://127.0.0.1:" + launcher.get("FORGELINE_" + upper + "_PORT"));
        }
        assertThat(gateway).noneMatch(s -> s.startsWith("FORGELINE_DB_NAME="));
    }

    @Test
    void readiness_is_asked_on_the_management_port_of_the_bind_address() {
        LauncherRun launcher = new LauncherRun(home).with("FORGELINE_BIND_HOST", "0.0.0.0");

        LauncherRun.Result result = launcher.source("http_ok() { echo \"$1\"; }; service_ready quality");

        assertThat(result.stdout().strip())
                .isEqualTo("http://127.0.0.1:" + launcher.get("FORGELINE_QUALITY_MANAGEMENT_PORT") + "/q/health/ready");
    }
}
