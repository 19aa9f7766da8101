package io.forgeline.quality.inspectionlot;

import io.forgeline.quality.inspectionplan.InspectionType;
import java.math.BigDecimal;
import java.util.List;

/**
 * A lot to open: which item lot, from which supplier ("" for the plant's own), how much of it in the item's base unit,
 * in which handling units, for which kind of inspection (in-process: at which routing operation), and what opened it.
 */
public record OpenLot(String itemCode, String supplierCode, String lot, BigDecimal lotSize, String unit, InspectionType type,
                      List<String> handlingUnits, LotOrigin origin, String originRef, Integer operationSequence) {

    public OpenLot {
        supplierCode = supplierCode == null ? "" : supplierCode.trim();
        handlingUnits = handlingUnits == null ? List.of() : List.copyOf(handlingUnits);
    }

    /** A lot not inspected at a routing operation: incoming, final, or opened by hand. */
    public OpenLot(String itemCode, String supplierCode, String lot, BigDecimal lotSize, String unit, InspectionType type,
                   List<String> handlingUnits, LotOrigin origin, String originRef) {
        this(itemCode, supplierCode, lot, lotSize, unit, type, handlingUnits, origin, originRef, null);
    }
}
