/**
 * Electronic signatures: a quality engineer signs a decision by giving their password again, which Keycloak checks
 * (the person at the screen is the one signed in, not a colleague at an unlocked terminal). What is stored with the
 * signed record: who (Keycloak subject and user name), when, and what the signature means, in words.
 */
package io.forgeline.quality.signature;
