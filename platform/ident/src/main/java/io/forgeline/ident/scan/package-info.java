/**
 * The one entry point for services: {@link io.forgeline.ident.scan.ScanReader#read} takes whatever a
 * barcode scanner, a camera or an RFID reader delivered and says what it is (GS1 data, an EPC, or a
 * plain internal code such as a lot or badge number), so no service parses scans itself.
 */
package io.forgeline.ident.scan;
