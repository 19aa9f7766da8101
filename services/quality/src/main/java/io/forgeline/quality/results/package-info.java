/**
 * Inspection results: attribute counts (nonconforming units and defect codes per characteristic) and measured
 * values (one per sample unit, judged against the limits), recorded on an open lot, never changed, summed into the
 * characteristic's tally; the last result of the sample triggers the automatic usage decision.
 */
package io.forgeline.quality.results;
