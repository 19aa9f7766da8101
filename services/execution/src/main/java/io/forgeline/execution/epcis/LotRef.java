package io.forgeline.execution.epcis;

import java.util.List;

/** One lot of one item, as the plant's tables hold it: what a class filter comes down to. */
record LotRef(String itemCode, String lot) {

    /** The pairs' values in the order {@link Window#pairs} takes them. */
    static Object[] values(List<LotRef> lots) {
        Object[] values = new Object[lots.size() * 2];
        for (int i = 0; i < lots.size(); i++) {
            values[2 * i] = lots.get(i).itemCode();
            values[2 * i + 1] = lots.get(i).lot();
        }
        return values;
    }
}
