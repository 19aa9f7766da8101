/**
 * Genealogy: which lots (or serialised units of them) went into which lots the plant produced, by which order and
 * operation, how much. Edges are written in the transaction of the consumption or the output that completes the pair;
 * {@code GET /api/execution/genealogy/backward|forward?itemCode=&lot=} (or {@code serial=}) traces them to any depth with
 * recursive queries. A serialised unit is a SERIAL node reached from its lot (quantity 1): backward from a unit shows what
 * its lot was made of, forward from a lot reaches the units of every lot the plant made of it, and a unit scanned into an
 * order goes into that order's lot. The lot
 * history around the edges is kept from other services' events: receipts (where a lot came from), usage decisions
 * (which inspections decided it) and shipments ({@code shipped_line}: which customer it went to).
 */
package io.forgeline.execution.genealogy;
