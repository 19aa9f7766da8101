package io.forgeline.scheduling.masterdata.items;

import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.MakeOrBuy;

/** An item as the planner's screen shows it; send {@code version} back to replace it. */
public record ItemView(String code, String description, String unit, MakeOrBuy makeOrBuy, String gtin,
                       String productFamily, String supplierCode, long version) {

    static ItemView of(Item item) {
        return new ItemView(item.code, item.description, item.unit, item.makeOrBuy, item.gtin, item.productFamily,
                item.supplierCode, item.version);
    }
}
