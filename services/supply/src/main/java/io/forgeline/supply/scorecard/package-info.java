/**
 * Supplier scorecards from what our dock received (warehouse.goods-receipts.v1): per supplier and month, deliveries
 * on time (received within the confirmed day ± a tolerance), with the right quantity (not short, not beyond the
 * over-delivery tolerance), handling units exactly as the ASN announced them, and PPM: what quality's usage decisions
 * (quality.usage-decisions.v1) did not release of the goods a receipt put into stock, charged to the deliveries that
 * receipt scored, per million accepted (received less damaged). Receipts also make an ASN RECEIVED once its last
 * handling unit is in. Buyers read every supplier's scorecard, a supplier only its own.
 */
package io.forgeline.supply.scorecard;
