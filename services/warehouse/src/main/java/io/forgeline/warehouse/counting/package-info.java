/**
 * Counting: blind stock counts of a bin; a count within tolerance posts at once, a larger difference waits
 * for a second person's approval.
 */
package io.forgeline.warehouse.counting;
