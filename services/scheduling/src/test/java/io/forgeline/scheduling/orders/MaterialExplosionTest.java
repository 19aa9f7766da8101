package io.forgeline.scheduling.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.platform.quantity.Quantity;
import io.forgeline.scheduling.masterdata.BomLine;
import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.MakeOrBuy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaterialExplosionTest {

    private static Item item(String code, String unit) {
        Item item = new Item();
        item.code = code;
        item.unit = unit;
        item.makeOrBuy = MakeOrBuy.BUY;
        return item;
    }

    private static BomLine line(String component, String perUnit, String scrap) {
        BomLine line = new BomLine();
        line.key = new BomLine.Key("GEARBOX-A", component);
        line.quantityPer = new BigDecimal(perUnit);
        line.scrapFactor = new BigDecimal(scrap);
        return line;
    }

    @Test
    void pieces_with_expected_scrap_are_rounded_up_to_whole_pieces() {
        var requirements = MaterialExplosion.explode(new BigDecimal("40"), List.of(line("BEARING-6204", "2", "0.02")),
                Map.of("BEARING-6204", item("BEARING-6204", "PCE")));

        assertEquals(Quantity.of("82", "PCE"), requirements.getFirst().quantity());
    }

    @Test
    void material_measured_by_weight_keeps_its_decimals() {
        var requirements = MaterialExplosion.explode(new BigDecimal("3"), List.of(line("GREASE", "0.015", "0.1")),
                Map.of("GREASE", item("GREASE", "KG")));

        assertEquals(Quantity.of("0.0495", "KG"), requirements.getFirst().quantity());
    }
}
