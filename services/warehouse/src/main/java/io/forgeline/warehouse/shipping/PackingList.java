package io.forgeline.warehouse.shipping;

import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.warehouse.picking.PickTask;
import io.forgeline.warehouse.stock.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What of a delivery's picked goods waits to be packed, and what one package takes of it; plain Java. */
final class PackingList {

    private PackingList() {
    }

    /** Per item and lot, in pick order: what the picks took less what packages hold; nothing where all is packed. */
    static List<DeliveryPackage.Content> waiting(List<PickTask> picks, List<DeliveryPackage> packages) {
        Map<String, DeliveryPackage.Content> waiting = new LinkedHashMap<>();
        picks.stream().sorted(Comparator.comparing((PickTask task) -> task.number)).forEach(task -> waiting.merge(key(task.itemCode, task.lot),
                new DeliveryPackage.Content(task.itemCode, task.lot, task.expiresOn, task.picked, task.unit), PackingList::plus));
        for (DeliveryPackage unit : packages) {
            for (DeliveryPackage.Content packed : unit.contents()) {
                waiting.computeIfPresent(key(packed.itemCode(), packed.lot()), (key, picked) -> minus(picked, packed.quantity()));
            }
        }
        return waiting.values().stream().filter(content -> content.quantity().signum() > 0).toList();
    }

    /** Everything waiting, or the contents asked for: each a lot that waits, no more than waits of it. */
    static List<DeliveryPackage.Content> chosen(Delivery delivery, List<DeliveryPackage.Content> waiting, PackRequest request) {
        if (waiting.isEmpty()) {
            throw new RuleViolation("nothing picked for " + delivery.number + " waits to be packed");
        }
        if (request.everything()) {
            return waiting;
        }
        Map<String, DeliveryPackage.Content> left = new LinkedHashMap<>();
        waiting.forEach(content -> left.put(key(content.itemCode(), content.lot()), content));
        List<DeliveryPackage.Content> chosen = new ArrayList<>();
        for (int i = 0; i < request.contents().size(); i++) {
            PackRequest.Content asked = request.contents().get(i);
            String field = "/contents/" + i + "/quantity";
            DeliveryPackage.Content available = left.get(key(asked.itemCode().trim(), asked.lot().trim()));
            if (available == null) {
                throw new RuleViolation("/contents/" + i + "/lot", "no picked " + asked.itemCode() + " of lot " + asked.lot() + " of "
                        + delivery.number + " waits to be packed");
            }
            if (asked.quantity().compareTo(available.quantity()) > 0) {
                throw new RuleViolation(field, "only " + Amounts.plain(available.quantity()) + " " + available.unit() + " of " + asked.itemCode()
                        + " lot " + asked.lot() + " wait to be packed");
            }
            chosen.add(new DeliveryPackage.Content(available.itemCode(), available.lot(), available.expiresOn(), asked.quantity(), available.unit()));
            left.put(key(available.itemCode(), available.lot()), minus(available, asked.quantity()));
        }
        return chosen;
    }

    private static DeliveryPackage.Content plus(DeliveryPackage.Content a, DeliveryPackage.Content b) {
        return new DeliveryPackage.Content(a.itemCode(), a.lot(), a.expiresOn(), a.quantity().add(b.quantity()), a.unit());
    }

    private static DeliveryPackage.Content minus(DeliveryPackage.Content content, BigDecimal quantity) {
        return new DeliveryPackage.Content(content.itemCode(), content.lot(), content.expiresOn(), content.quantity().subtract(quantity), content.unit());
    }

    private static String key(String itemCode, String lot) {
        return itemCode + "\u001f" + lot;
    }
}
