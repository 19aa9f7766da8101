/**
 * Nonconformance reports (NCR-...): nonconforming material recorded with its item, lot, quantity, supplier, defect
 * codes and description; opened automatically when a usage decision rejects material, or by hand from an inspection,
 * an operator's report or a customer complaint. Quality engineers decide dispositions (use as is, rework, repair,
 * scrap, return to supplier), each sent to warehouse to book its stock movement once, and work the 8D (D1-D8: owners,
 * due dates, containment, root cause, corrective and preventive actions, verification) to its closure. A supplier
 * reads and answers the NCRs of its material on the partner API; supply sends it the nonconformance.opened webhook.
 * Every step is kept as history.
 */
package io.forgeline.quality.nonconformance;
