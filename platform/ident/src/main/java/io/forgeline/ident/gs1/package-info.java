/**
 * GS1 element strings as scanners transmit them (GS1-128, GS1 DataMatrix, GS1 QR, DataBar, with or
 * without the symbology identifier, FNC1 as ASCII GS) and in the human-readable bracket form; the full
 * Application Identifier table (application-identifiers.txt) with lengths, character sets, content
 * checks and the rules on which AIs must or must not appear together.
 */
package io.forgeline.ident.gs1;
