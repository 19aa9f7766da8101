package io.forgeline.scheduling.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.scheduling.masterdata.BomLine;
import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.MakeOrBuy;
import io.forgeline.scheduling.masterdata.RoutingOperation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReleasePlanTest {

    private static Item item(String code, MakeOrBuy makeOrBuy) {
        Item item = new Item();
        item.code = code;
        item.unit = "PCE";
        item.makeOrBuy = makeOrBuy;
        return item;
    }

    private static RoutingOperation operation(int sequence) {
        RoutingOperation operation = new RoutingOperation();
        operation.key = new RoutingOperation.Key("GEARBOX", sequence);
        return operation;
    }

    private static BomLine line(String parent, String component, String perUnit, Integer operation) {
        BomLine line = new BomLine();
        line.key = new BomLine.Key(parent, component);
        line.quantityPer = new BigDecimal(perUnit);
        line.scrapFactor = BigDecimal.ZERO;
        line.operationSequence = operation;
        return line;
    }

    private static Map<Integer, List<String>> consumption(ReleasePlan plan) {
        return plan.consumption().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(r -> r.component().code + " " + r.quantity()).toList()));
    }

    @Test
    void only_direct_components_are_consumed_and_the_unassigned_ones_at_the_lowest_operation() {
        Map<String, List<BomLine>> tree = Map.of(
                "GEARBOX", List.of(line("GEARBOX", "SUB-ASSY", "1", null), line("GEARBOX", "BEARING", "2", 30)),
                "SUB-ASSY", List.of(line("SUB-ASSY", "SCREW", "3", null)));
        Map<String, Item> components = Map.of("SUB-ASSY", item("SUB-ASSY", MakeOrBuy.MAKE), "BEARING", item("BEARING", MakeOrBuy.BUY),
                "SCREW", item("SCREW", MakeOrBuy.BUY));
        ReleasePlan plan = new ReleasePlan(new ReleaseOrder("GEARBOX", new BigDecimal("4"), Instant.parse("2031-01-01T00:00:00Z")),
                item("GEARBOX", MakeOrBuy.MAKE), List.of(operation(20), operation(10), operation(30)), tree, components);

        // the screws go into the sub-assembly, made by its own order: not consumed by any gearbox operation
        assertEquals(Map.of(10, List.of("SUB-ASSY 4 PCE"), 20, List.of(), 30, List.of("BEARING 8 PCE")), consumption(plan));
    }
}
