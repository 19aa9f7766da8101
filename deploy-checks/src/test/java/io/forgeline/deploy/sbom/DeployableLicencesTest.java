package io.forgeline.deploy.sbom;

import io.forgeline.deploy.project.Launcher;
import io.forgeline.deploy.project.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every deployable module ships a bill of materials, and nothing in it has a licence off the allow-list. */
class DeployableLicencesTest {

    static List<Launcher.Workload> deployables() {
        return Launcher.workloads();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void every_deployable_module_has_a_bill_of_materials_of_its_runtime_libraries(Launcher.Workload workload) {
        Sbom sbom = Sbom.of(workload);

        assertThat(sbom.json().path("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(sbom.subject()).as("the bill is about the module itself").isEqualTo(workload.isGateway() ? "gateway" : workload.name() + "-service");
        assertThat(sbom.components()).as(workload.name() + " components").hasSizeGreaterThan(20)
                .anySatisfy(c -> assertThat(c.purl()).startsWith("pkg:maven/io.quarkus/quarkus-core@"))
                .noneSatisfy(c -> assertThat(c.purl()).as("test libraries do not ship").contains("/junit-jupiter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void every_library_a_deployable_module_ships_has_a_licence_on_the_allow_list(Launcher.Workload workload) {
        List<String> refused = new ArrayList<>();
        for (Sbom.Component component : Sbom.of(workload).components()) {
            LicencePolicy.refusal(component.licences()).ifPresent(why -> refused.add(component.purl() + ": " + why));
        }
        assertThat(refused).as(workload.name() + ": libraries whose licence is not allowed (see LicencePolicy for the list and why)").isEmpty();
    }

    /**
     * The bills are read from each module's target/, so this module must come after every deployable one in
     * the reactor: deploy-checks depends on none of them, so Maven keeps the order of the root pom's modules.
     */
    @Test
    void the_reactor_packages_every_deployable_module_before_these_checks_run() {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Repo.read("pom.xml"));
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertThat(modules).contains("deploy-checks");
        for (Launcher.Workload workload : deployables()) {
            assertThat(modules.indexOf(workload.module())).as(workload.module() + " comes before deploy-checks")
                    .isNotNegative().isLessThan(modules.indexOf("deploy-checks"));
        }
        assertThat(Repo.read("deploy-checks/pom.xml")).as("no dependency that could reorder the reactor")
                .doesNotContain("-service</artifactId>").doesNotContain("<artifactId>gateway</artifactId>");
    }
}
