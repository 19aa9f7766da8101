/**
 * The plant: work centers and their machines (which calendar each follows), and whether a work center's operators
 * may consume only material staged there. Every change of a work center or of one of its machines publishes
 * {@code WorkCenterChanged}, with all its machines, on the compacted topic {@code scheduling.work-centers.v1}. A
 * machine's status is execution's to report, not set here.
 */
package io.forgeline.scheduling.masterdata.plant;
