package io.forgeline.scheduling.schedules;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This replica's name in the shared queue: the host (a pod's name in Kubernetes) and the process, so two
 * processes on one machine differ too. {@code forgeline.scheduling.replica} names it explicitly.
 */
@ApplicationScoped
public class Replica {

    private final String name;

    Replica(@ConfigProperty(name = "forgeline.scheduling.replica") Optional<String> configured) {
        this.name = configured.filter(n -> !n.isBlank()).orElseGet(() -> host() + ":" + ProcessHandle.current().pid());
    }

    public String name() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            return "localhost";
        }
    }
}
