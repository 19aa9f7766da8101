/**
 * Recall: from a suspect lot (a supplier's, usually) to every lot made from it at any level, and where each is now:
 * in stock (warehouse's fresh LotStock answer: bin, status, hold), shipped (the genealogy's shipments: delivery,
 * customer, handling unit) or consumed further (the orders that took it), with the serial numbers of each lot's units the
 * trace reached. The suspect may be a serialised unit ({@code serial=}). {@code GET /api/execution/recalls} answers
 * as JSON or, with {@code Accept: text/csv}, as a spreadsheet; the gateway's recall page prints it and holds what is
 * still in stock through quality's holds.
 */
package io.forgeline.execution.recall;
