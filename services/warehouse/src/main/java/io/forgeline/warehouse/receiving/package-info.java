/**
 * Receiving: the dock expects what suppliers announce (ASNs on {@code supply.asns.v1}); a clerk scans each handling
 * unit's label (GS1-128, a bare SSCC or an RFID tag's EPC), counts differences, and the goods land in QUARANTINE at
 * the dock through the ledger. Each receipt is published on {@code warehouse.goods-receipts.v1}.
 */
package io.forgeline.warehouse.receiving;
