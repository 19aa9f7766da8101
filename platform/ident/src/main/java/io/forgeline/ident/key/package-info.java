/**
 * GS1 identification keys (GTIN, SSCC, GLN) and the mod-10 check digit that guards every numeric GS1
 * key: validating what was read and building new keys from a company prefix and a reference.
 */
package io.forgeline.ident.key;
