/**
 * GS1 Digital Link URIs (uncompressed): reading them into element strings with the same checks as a
 * barcode (primary key, qualifiers in the order GS1 prescribes, data attributes in the query), and
 * writing element strings as Digital Links, so both forms round-trip.
 */
package io.forgeline.ident.digitallink;
