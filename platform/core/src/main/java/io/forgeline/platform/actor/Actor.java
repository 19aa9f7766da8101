package io.forgeline.platform.actor;

import java.util.Optional;
import java.util.Set;

/**
 * The person or system behind a change.
 *
 * @param subject    stable id from the token ({@code sub}), what audit rows refer to
 * @param name       what people read in the audit trail (user name or client id)
 * @param roles      realm roles
 * @param supplierId the supplier a partner token belongs to; empty for our own staff
 */
public record Actor(String subject, String name, Set<String> roles, Optional<String> supplierId) {

    /** A service acting on its own behalf, e.g. a Kafka consumer applying an event. */
    public static Actor system(String service) {
        return new Actor("system:" + service, service, Set.of(), Optional.empty());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
