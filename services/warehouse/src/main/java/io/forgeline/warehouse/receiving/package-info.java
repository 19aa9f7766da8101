/**
 * Receiving: take in what an ASN announces at the dock (SSCCs scanned or read by an RFID portal) and say
 * what arrived, what is missing and what came unannounced.
 */
package io.forgeline.warehouse.receiving;
