/**
 * EPCIS: the genealogy's events as GS1 EPCIS 2.0 (JSON-LD), queried through the standard's REST binding at {@code GET
 * /api/execution/epcis/events}. Nothing is stored twice: each event is read from the rows that hold its fact (a received
 * lot, an order's finished lot with the edges into it, a shipped handling unit and its pallet, a shipped lot) and named by
 * an ID derived from that row, so a repeated query gives the same events with the same IDs. Each kind of event is a
 * source of its own ({@code ReceivingEvents}, {@code TransformationEvents}, {@code PackingEvents}, {@code
 * ShippingEvents}); {@code VisibilityEvents} merges their pages. Lots are LGTIN classes where the item has a GTIN, handling units SSCCs,
 * serialised units SGTINs (a finished lot's units as the transformation's output EPCs, shipped units beside their SSCC);
 * what has no GS1 key gets a private {@code urn:forgeline:} name ({@link io.forgeline.execution.epcis.Identifiers}).
 */
package io.forgeline.execution.epcis;
