/**
 * Serial numbers of serialised finished units (scheduling's item master says which items are serialised): when an
 * order's last operation produces its finished lot, each good piece gets a serial from one plant-wide sequence, kept in
 * {@code produced_serial} with its lot, order, time and operator and named as a GS1 SGTIN. Output, genealogy, recall and
 * EPCIS read them here.
 */
package io.forgeline.execution.serials;
