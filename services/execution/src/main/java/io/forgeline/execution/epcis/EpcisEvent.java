package io.forgeline.execution.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * One event as it is answered, where it stands in the order of pages, and the lots it names: those of its quantity
 * list or child quantity list ({@code countedLots}), and those of all its lists, a transformation's inputs and output
 * too ({@code anyLots}).
 */
record EpcisEvent(Cursor position, ObjectNode json, Set<LotRef> countedLots, Set<LotRef> anyLots) {
}
