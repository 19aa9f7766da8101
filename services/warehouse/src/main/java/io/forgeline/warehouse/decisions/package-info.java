/**
 * Quality's usage decisions ({@code quality.usage-decisions.v1}) booked against exactly the stock that was inspected:
 * the lot's quarantine, in the handling units the inspection lot covered, released, blocked, scrapped or set aside
 * for return, each disposition a ledger posting with the inspection lot as its reference.
 */
package io.forgeline.warehouse.decisions;
