/**
 * Handling units: pallets and cartons identified by their SSCC, where they came from, what they hold now (from the
 * stock balances) and their GS1-128 logistics label as ZPL, PNG or PDF.
 */
package io.forgeline.warehouse.handlingunits;
