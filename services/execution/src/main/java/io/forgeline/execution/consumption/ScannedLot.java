package io.forgeline.execution.consumption;

import io.forgeline.contracts.warehouse.v1.LotBalance;
import io.forgeline.contracts.warehouse.v1.LotStockReply;
import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.platform.problem.RuleViolation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one lot of one of the operation's components that a scan and warehouse's answer point at, with its balances.
 * A scan of anything the operation does not consume is refused naming what it needs.
 */
record ScannedLot(String itemCode, String lot, String sscc, String serial, List<LotBalance> balances, List<UUID> issued) {

    static ScannedLot of(MaterialScan scan, DispatchEntry operation, Set<String> components, LotStockReply reply) {
        Set<String> items = reply.getBalancesList().stream().map(LotBalance::getItemCode).collect(Collectors.toCollection(TreeSet::new));
        if (items.isEmpty() && scan.namesItem()) {
            items.addAll(scan.itemCodes());
        }
        if (items.isEmpty()) {
            throw new RuleViolation("/scan", scan.described() + " is not in stock: warehouse knows no such material");
        }
        Set<String> wanted = items.stream().filter(components::contains).collect(Collectors.toCollection(TreeSet::new));
        if (wanted.isEmpty()) {
            throw wrongItem(items, operation, components);
        }
        if (wanted.size() > 1) {
            throw new RuleViolation("/scan", scan.described() + " is a lot of " + String.join(" and of ", wanted)
                    + ": scan its label, which names the item");
        }
        String item = wanted.iterator().next();
        List<LotBalance> ofItem = reply.getBalancesList().stream().filter(b -> b.getItemCode().equals(item)).toList();
        Set<String> lots = ofItem.stream().map(LotBalance::getLot).collect(Collectors.toCollection(TreeSet::new));
        if (lots.isEmpty()) {
            throw new RuleViolation("/scan", scan.described() + " is not in stock");
        }
        if (lots.size() > 1) {
            throw new RuleViolation("/scan", scan.described() + " holds lots " + String.join(", ", lots) + " of " + item
                    + ": scan the label of the lot you take");
        }
        List<UUID> issued = reply.getIssuedConsumptionIdsList().stream().map(UUID::fromString).toList();
        return new ScannedLot(item, lots.iterator().next(), scan.sscc(), scan.serial(), ofItem, issued);
    }

    /** "scanned BEARING-6205, operation 20 needs BEARING-6204": what the operator must go and fetch instead. */
    static RuleViolation wrongItem(Set<String> scanned, DispatchEntry operation, Set<String> components) {
        return new RuleViolation("/scan", "scanned " + String.join("/", scanned) + ", operation " + operation.operationSequence()
                + " needs " + String.join(" or ", new TreeSet<>(components)));
    }
}
