/**
 * EPC Tag Data Standard: the 96-bit tag encodings SGTIN-96, SSCC-96, SGLN-96, GRAI-96 and GIAI-96 between
 * their hex (as RFID readers report the EPC bank), tag URI, pure identity URI and GS1 keys, with all
 * seven partitions and the filter values. Translation between pure identity URIs and GS1 Digital Link,
 * and the company prefix length of a bare GS1 key, come from the openepcis translator.
 */
package io.forgeline.ident.epc;
