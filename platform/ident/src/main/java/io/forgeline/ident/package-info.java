/**
 * Identification by scanning: GS1 keys and their check digits ({@code key}), GS1 element strings and the
 * Application Identifier table ({@code gs1}), GS1 Digital Link URIs ({@code digitallink}), EPC tag
 * encodings ({@code epc}), and the one entry point that says what any raw scan means ({@code scan}).
 * Everything that reads input refuses what it cannot read with certainty, as an {@link
 * io.forgeline.ident.InvalidCode} that names the character position, rather than guess.
 */
package io.forgeline.ident;
