/**
 * GS1 logistics labels for handling units: the SSCC as GS1-128 (AI 00) at the bottom, and for a handling unit of one
 * trade item its content (AI 02 with 37 count, 10 lot, 17 expiry) above, with the human-readable text GS1 asks for.
 * Element strings are built and checked through platform/ident, bars are drawn by okapibarcode; the same label comes
 * as PNG, as PDF (one a page, for office printers) and as ZPL for Zebra printers, whose field data carries the
 * element strings.
 */
package io.forgeline.labels;
