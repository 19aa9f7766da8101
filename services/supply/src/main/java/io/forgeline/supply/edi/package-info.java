/**
 * EDIFACT D.96A for suppliers whose systems speak it instead of JSON: ORDRSP read as confirmations, DESADV read as
 * ASNs, ORDERS written for their purchase orders. StAEDI reads and validates each message against a schema of the
 * segments we take ({@code /edi/*-D96A.xml}); the mapped commands go to the same services as the JSON partner API, so
 * every business rule lives in one place. A refusal names the EDI position (message, segment group, segment, element,
 * component) instead of a JSON field.
 */
package io.forgeline.supply.edi;
