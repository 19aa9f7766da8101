/**
 * Routings: an item's operations in sequence, each at a work center, optionally with the machines of that
 * work center that may run it and their own setup and run minutes. Replaced as a whole list.
 */
package io.forgeline.scheduling.masterdata.routing;
