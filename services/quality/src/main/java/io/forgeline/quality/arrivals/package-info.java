/**
 * Stock arriving in quarantine opens its inspection lots: goods receipts from warehouse (incoming inspection, or
 * release at once where no plan asks for one) and finished lots reported by execution (final inspection).
 */
package io.forgeline.quality.arrivals;
