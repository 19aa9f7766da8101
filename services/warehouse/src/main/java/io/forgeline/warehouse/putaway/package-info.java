/**
 * Putaway: decide which bin received goods go to (consolidate with the same item and lot where the bin
 * allows it), and move them there.
 */
package io.forgeline.warehouse.putaway;
