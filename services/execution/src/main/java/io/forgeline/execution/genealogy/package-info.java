/**
 * Genealogy: which lots went into which lots the plant produced, by which order and operation, how much. Edges are
 * written in the transaction of the consumption or the output that completes the pair; {@code GET
 * /api/execution/genealogy/backward|forward?itemCode=&lot=} traces them to any depth with recursive queries. The lot
 * history around the edges is kept from other services' events: receipts (where a lot came from), usage decisions
 * (which inspections decided it) and shipments ({@code shipped_line}: which customer it went to).
 */
package io.forgeline.execution.genealogy;
