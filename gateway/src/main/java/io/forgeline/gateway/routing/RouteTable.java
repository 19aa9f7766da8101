package io.forgeline.gateway.routing;

import io.forgeline.gateway.routing.GatewayConfig.Route;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds the route for a path: the longest matching prefix, on a path-segment boundary. */
@ApplicationScoped
public class RouteTable {

    private final List<Route> routes;

    RouteTable(GatewayConfig config) {
        this.routes = config.routes().values().stream()
                .sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed())
                .toList();
    }

    public Optional<Route> match(String path) {
        return routes.stream()
                .filter(r -> path.equals(r.prefix()) || path.startsWith(r.prefix() + "/") || path.startsWith(r.prefix() + "?"))
                .findFirst();
    }

    /** GET, HEAD and OPTIONS read; everything else writes. */
    public static Set<String> rolesFor(Route route, String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> route.readRoles();
            default -> route.writeRoles();
        };
    }
}
