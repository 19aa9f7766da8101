/**
 * Advance shipping notices: a supplier announces the handling units (SSCCs) it ships against its purchase orders,
 * with lots, expiry and quantities. An ASN is checked whole against the orders (form: 400 naming each field as a
 * JSON pointer; rules: 422; an SSCC already on an open ASN: 409) and refused whole; an accepted one is published on
 * {@code supply.asns.v1} for warehouse receiving. It can be replaced or cancelled until the goods are received.
 */
package io.forgeline.supply.shipping;
