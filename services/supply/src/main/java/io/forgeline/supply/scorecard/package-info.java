/**
 * Supplier scorecards from what our dock received (warehouse.goods-receipts.v1): per supplier and month, deliveries
 * on time (received within the confirmed day ± a tolerance), with the right quantity (not short, not beyond the
 * over-delivery tolerance), handling units exactly as the ASN announced them, and PPM from quality's rejections
 * (none are reported yet: receipts count as accepted). Receipts also make an ASN RECEIVED once its last handling
 * unit is in. Buyers read every supplier's scorecard, a supplier only its own.
 */
package io.forgeline.supply.scorecard;
