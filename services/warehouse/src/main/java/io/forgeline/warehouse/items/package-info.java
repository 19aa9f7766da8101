/**
 * Items: the warehouse's face of its item master copy. The copy itself (consumer of
 * {@code scheduling.items.v1}, entity, lookups) is platform-items, kept in this service's own {@code item}
 * table (migration V2, with an index on the GTIN, since clerks look items up by scanning). Here: a clerk
 * looks an item up by code or by a scanned GTIN, read with platform/ident so a wrong check digit is refused.
 */
package io.forgeline.warehouse.items;
