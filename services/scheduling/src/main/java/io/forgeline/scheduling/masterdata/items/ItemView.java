package io.forgeline.scheduling.masterdata.items;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.MakeOrBuy;
import java.math.BigDecimal;
import java.util.List;

/** An item as the planner's screen shows it; send {@code version} back to replace it. */
public record ItemView(String code, String description, String unit, MakeOrBuy makeOrBuy, String gtin,
                       String productFamily, String supplierCode, List<PurchaseUnitView> purchaseUnits, boolean serialised,
                       long version) {

    /** One BOX holds 50 of the base unit: {@code {"unit":"BOX","factor":"50"}}. */
    public record PurchaseUnitView(String unit, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal factor) {
    }

    static ItemView of(Item item) {
        return new ItemView(item.code, item.description, item.unit, item.makeOrBuy, item.gtin, item.productFamily,
                item.supplierCode, item.purchaseUnits.units().stream().map(u -> new PurchaseUnitView(u.unit(), u.factor())).toList(),
                item.serialised, item.version);
    }
}
