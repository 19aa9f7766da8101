/**
 * Nonconformances ({@code quality.nonconformances.v1}): quality's NCR dispositions booked against the lot's BLOCKED
 * stock, where a rejected usage decision put it, once per disposition, with the NCR number as reference and the
 * decider as actor. USE_AS_IS gives it back to AVAILABLE (unless a quality hold covers the lot: the ledger keeps it
 * BLOCKED under the hold), SCRAP takes it out of stock, RETURN_TO_SUPPLIER takes it out as a {@code SUPPLIER_RETURN};
 * REWORK and REPAIR book nothing (execution's rework orders). A disposition of more than the lot holds BLOCKED is
 * parked, nothing booked. Opened and closed NCRs move no stock.
 */
package io.forgeline.warehouse.nonconformances;
