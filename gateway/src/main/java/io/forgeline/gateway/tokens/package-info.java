/**
 * Bearer tokens at the edge: verified once (signature and claims, through quarkus-oidc) and remembered until
 * they expire, so a flood of made-up tokens costs signature checks only as fast as the address's bucket
 * allows, and a signed-in user's requests cost none.
 */
package io.forgeline.gateway.tokens;
