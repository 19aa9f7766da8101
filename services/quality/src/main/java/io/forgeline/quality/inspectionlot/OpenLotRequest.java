package io.forgeline.quality.inspectionlot;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * A lot opened by hand: the item, the supplier (none for the plant's own lots), the lot number, how many units (in
 * the item's base unit unless {@code unit} says otherwise for an item the copy does not know), the inspection type
 * (INCOMING unless said) and the handling units it lies in, if its stock is to follow the decision.
 */
public record OpenLotRequest(String itemCode, String supplierCode, String lot,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lotSize, String type, String unit,
                             List<String> handlingUnits) {
}
