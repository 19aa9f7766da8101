package io.forgeline.quality.signature;

import java.time.Instant;

/** A confirmed signature: the signer's Keycloak subject and user name, and when Keycloak confirmed it. */
public record Signature(String subject, String name, Instant signedAt) {
}
