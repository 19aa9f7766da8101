/**
 * SPC alerts: the shop floor's copy of quality's SPC alerts ({@code quality.spc-alerts.v1}), so the terminal's job list
 * shows each job the run-rule violations recently raised on the item it makes.
 */
package io.forgeline.execution.spc;
