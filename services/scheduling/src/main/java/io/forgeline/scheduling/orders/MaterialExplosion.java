package io.forgeline.scheduling.orders;

import io.forgeline.platform.quantity.Quantity;
import io.forgeline.scheduling.masterdata.BomLine;
import io.forgeline.scheduling.masterdata.Item;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Pure rule: what an order of {@code quantity} parents needs of each direct component. */
final class MaterialExplosion {

    private MaterialExplosion() {
    }

    record Requirement(Item component, Quantity quantity) {
    }

    static List<Requirement> explode(BigDecimal quantity, List<BomLine> bom, Map<String, Item> components) {
        return bom.stream().map(line -> {
            Item component = components.get(line.componentCode());
            BigDecimal gross = quantity.multiply(line.quantityPer).multiply(BigDecimal.ONE.add(line.scrapFactor));
            if (component.isCountedInWholeUnits()) {
                gross = gross.setScale(0, RoundingMode.CEILING);
            }
            return new Requirement(component, new Quantity(gross, component.unit));
        }).toList();
    }
}
