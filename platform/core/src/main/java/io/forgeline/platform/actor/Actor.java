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
}
