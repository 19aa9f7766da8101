/**
 * Holds: the shop floor's copy of quality's holds ({@code quality.holds.v1}). Material a hold covers is never
 * consumed, even in the moment before warehouse has blocked it, and the terminal shows the holds on a job's material.
 */
package io.forgeline.execution.holds;
