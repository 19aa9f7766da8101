/** Quantities with their unit of measure, as exact decimals: never a double anywhere near stock. */
package io.forgeline.platform.quantity;
