package io.forgeline.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.forgeline.testing.LocalStack;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** bin/forgeline as an administrator on call runs it, pointed at the suite's services and Keycloak. */
final class Cli {

    private Cli() {
    }

    record Result(int exit, String output) {
    }

    /** {@code bin/forgeline <command> <arguments>}; stdout and stderr together. */
    static Result run(String command, String... arguments) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(LocalStack.projectRoot().resolve("bin/forgeline").toString(), command));
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        for (String service : Suite.SERVICES) {
            builder.environment().put("FORGELINE_" + service.toUpperCase(Locale.ROOT) + "_PORT", String.valueOf(Suite.get().httpPorts.get(service)));
        }
        builder.environment().put("FORGELINE_KEYCLOAK_URL", LocalStack.keycloakUrl());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        return new Result(process.waitFor(), output);
    }
}
