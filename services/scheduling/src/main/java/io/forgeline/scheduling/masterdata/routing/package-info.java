/**
 * Routings: an item's operations in sequence, each at a work center, optionally with the machines of that
 * work center that may run it and their own setup and run minutes. Replaced as a whole list, which must keep
 * every operation a component of the item's BOM is consumed at.
 */
package io.forgeline.scheduling.masterdata.routing;
