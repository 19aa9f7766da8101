/**
 * Machine status on the shop floor: an operator reports a breakdown, later the repair, and scheduling
 * hears of both on {@code execution.machine-status.v1} so it can plan around the machine. The machines
 * themselves come from the plant model ({@link io.forgeline.execution.plant}).
 */
package io.forgeline.execution.machines;
