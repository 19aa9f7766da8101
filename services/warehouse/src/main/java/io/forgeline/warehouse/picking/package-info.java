/**
 * Picking: allocate stock to demands (FEFO), group pick tasks into waves, create and confirm pick tasks.
 */
package io.forgeline.warehouse.picking;
