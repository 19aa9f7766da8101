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

    private static Item made(String code) {
        Item item = item(code, "PCE");
        item.makeOrBuy = MakeOrBuy.MAKE;
        return item;
    }

    private static BomLine bomLine(String parent, String component, String perUnit) {
        BomLine line = line(component, perUnit, "0");
        line.key = new BomLine.Key(parent, component);
        return line;
    }

    private static final Map<String, List<BomLine>> GEARBOX_TREE = Map.of(
            "GEARBOX", List.of(bomLine("GEARBOX", "SUB-ASSY", "1"), bomLine("GEARBOX", "BEARING", "2")),
            "SUB-ASSY", List.of(bomLine("SUB-ASSY", "SCREW", "3"), bomLine("SUB-ASSY", "BEARING", "1")));
    private static final Map<String, Item> PARTS = Map.of("SUB-ASSY", made("SUB-ASSY"), "BEARING", item("BEARING", "PCE"),
            "SCREW", item("SCREW", "PCE"));

    @Test
    void only_the_sub_assemblies_missing_from_the_shelf_are_exploded_into_their_parts() {
        var requirements = MaterialExplosion.explode("GEARBOX", new BigDecimal("10"), GEARBOX_TREE, PARTS,
                Map.of("SUB-ASSY", new BigDecimal("4")));
        var byItem = requirements.stream().collect(java.util.stream.Collectors.toMap(r -> r.component().code, r -> r));

        assertEquals(Quantity.of("10", "PCE"), byItem.get("SUB-ASSY").quantity());
        assertEquals(Quantity.of("18", "PCE"), byItem.get("SCREW").quantity());
        assertEquals(2, byItem.get("SCREW").level());
        // 20 for the gearboxes themselves, 6 for the six sub-assemblies still to be made
        assertEquals(Quantity.of("26", "PCE"), byItem.get("BEARING").quantity());
        assertEquals(1, byItem.get("BEARING").level());
    }

    @Test
    void without_an_answer_from_the_warehouse_the_whole_tree_is_exploded() {
        var requirements = MaterialExplosion.explode("GEARBOX", new BigDecimal("10"), GEARBOX_TREE, PARTS, null);
        var byItem = requirements.stream().collect(java.util.stream.Collectors.toMap(r -> r.component().code, r -> r));

        assertEquals(Quantity.of("30", "PCE"), byItem.get("SCREW").quantity());
        assertEquals(Quantity.of("30", "PCE"), byItem.get("BEARING").quantity());
    }
}
