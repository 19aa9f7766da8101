/**
 * Genealogy: which lots went into which lots the plant produced, by which order and operation, how much. Edges are
 * written in the transaction of the consumption or the output that completes the pair; {@code GET
 * /api/execution/genealogy/backward|forward?itemCode=&lot=} traces them to any depth with recursive queries.
 */
package io.forgeline.execution.genealogy;
