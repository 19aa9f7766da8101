/**
 * Inspection lots: what is inspected (an item lot, from a supplier or the plant, in its handling units), opened by a
 * goods receipt, by production or by hand, with each characteristic's sample fixed when it opens (ISO 2859-1 / Z1.4
 * at the switching state's severity, a fixed sample, or all), found by scanning, and its usage decision.
 */
package io.forgeline.quality.inspectionlot;
