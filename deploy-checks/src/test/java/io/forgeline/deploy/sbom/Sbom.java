package io.forgeline.deploy.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgeline.deploy.project.Launcher;
import io.forgeline.deploy.project.Repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A deployable module's CycloneDX bill of materials (target/bom.json), as the build made it. */
record Sbom(Launcher.Workload workload, JsonNode json) {

    /** A library in the bill: its package URL and the licences it declares. */
    record Component(String purl, List<LicencePolicy.Licence> licences) {
    }

    static Path file(Launcher.Workload workload) {
        return Repo.root().resolve(workload.module()).resolve("target/bom.json");
    }

    /** Fails, saying how to make it, when the build has not made it. */
    static Sbom of(Launcher.Workload workload) {
        Path file = file(workload);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no bill of materials for " + workload.name() + " at " + file
                    + ": the build makes it when it packages the module (cyclonedx-maven-plugin, profile sbom in the root pom);"
                    + " run the whole build, or ./mvnw -DskipTests package -pl " + workload.module() + " -am first");
        }
        try {
            return new Sbom(workload, new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String subject() {
        return json.at("/metadata/component/name").asText();
    }

    List<Component> components() {
        List<Component> components = new ArrayList<>();
        json.path("components").forEach(c -> components.add(new Component(c.path("purl").asText(c.path("name").asText()), licences(c))));
        return components;
    }

    private static List<LicencePolicy.Licence> licences(JsonNode component) {
        List<LicencePolicy.Licence> licences = new ArrayList<>();
        for (JsonNode entry : component.path("licenses")) {
            if (entry.hasNonNull("expression")) {
                licences.add(LicencePolicy.Licence.expression(entry.path("expression").asText()));
                continue;
            }
            JsonNode licence = entry.path("license");
            if (licence.hasNonNull("id")) {
                licences.add(LicencePolicy.Licence.id(licence.path("id").asText()));
            } else if (licence.hasNonNull("name") || licence.hasNonNull("url")) {
                licences.add(LicencePolicy.Licence.named(licence.path("name").asText(null), licence.path("url").asText(null)));
            }
        }
        return licences;
    }
}
