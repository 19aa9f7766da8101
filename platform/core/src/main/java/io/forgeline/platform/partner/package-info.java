/**
 * Partner isolation, one mechanism for every service with a {@code /partner/v1} face: a partner request speaks for
 * the supplier in its verified token ({@code supplier_id}); a token without one is refused (403) before any
 * endpoint runs; and another supplier's data reads exactly like data that does not exist (the same 404), so ids
 * tell a supplier nothing.
 */
package io.forgeline.platform.partner;
