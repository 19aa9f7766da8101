package io.forgeline.scheduling.masterdata.items;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.scheduling.v1.UnitConversion;
import io.forgeline.scheduling.masterdata.Item;
import java.time.Instant;

/** Maps an item to its {@code ItemChanged} event: the whole item, so the compacted topic holds its latest state. */
public final class ItemEvents {

    public static final String TOPIC = "scheduling.items.v1";
    public static final String CHANGED = "io.forgeline.scheduling.item.changed.v1";

    private ItemEvents() {
    }

    public static ItemChanged changed(Item item, Instant at) {
        return ItemChanged.newBuilder()
                .setCode(item.code)
                .setDescription(item.description)
                .setUnit(item.unit)
                .setMakeOrBuy(item.makeOrBuy.name())
                .setGtin(nonNull(item.gtin))
                .setProductFamily(nonNull(item.productFamily))
                .setSupplierCode(nonNull(item.supplierCode))
                .setSerialised(item.serialised)
                .setVersion(item.version)
                .setChangedAt(at.toString())
                .addAllPurchaseUnits(item.purchaseUnits.units().stream().map(unit -> UnitConversion.newBuilder().setUnit(unit.unit())
                        .setFactor(unit.factor().stripTrailingZeros().toPlainString()).build()).toList())
                .build();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
