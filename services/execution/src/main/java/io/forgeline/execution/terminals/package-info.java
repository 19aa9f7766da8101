/**
 * Terminals: the browser terminals at the work centers, each registered with the work center (and machine) it
 * stands at, and the operator's sign-in there by badge and PIN (docs/terminal-sign-in.md). The badge only says
 * who claims to be there; Keycloak checks the PIN as that person's password, so a badge alone never signs in.
 */
package io.forgeline.execution.terminals;
