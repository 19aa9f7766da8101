/**
 * Jobs: a work center's dispatch list as the operator's terminal shows it, each job with what stands in its way: is
 * its material staged at the work center (warehouse's staged stock, shared out in dispatch order, next job first),
 * is any of its components on quality hold, which SPC alerts were raised on its item lately, is it late.
 */
package io.forgeline.execution.jobs;
