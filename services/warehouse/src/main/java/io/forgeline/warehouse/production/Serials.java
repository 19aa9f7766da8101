package io.forgeline.warehouse.production;

import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.platform.steps.InTurn;
import io.forgeline.warehouse.stock.Amounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The serial numbers of serialised finished goods: kept when their lot comes off the line, and given to the handling
 * units a delivery packs, lowest serial first, so a shipment says which units went where.
 */
@ApplicationScoped
public class Serials {

    /** One serial per unit produced, none seen before; inside the consumer's transaction. Nothing for unserialised goods. */
    Uni<Void> produced(String itemCode, String lot, String orderNumber, BigDecimal quantity, List<String> serials) {
        if (serials.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (new BigDecimal(serials.size()).compareTo(quantity) != 0 || new HashSet<>(serials).size() != serials.size()) {
            throw new PoisonEvent(orderNumber + " reported " + Amounts.plain(quantity) + " of " + itemCode + " lot " + lot + " with "
                    + serials.size() + " serial numbers, or one twice: one serial per unit");
        }
        return SerialNumber.<SerialNumber>list("key.itemCode = ?1 and key.serial in ?2", itemCode, serials).flatMap(known -> {
            if (!known.isEmpty()) {
                throw new PoisonEvent("serial " + known.getFirst().key.serial() + " of " + itemCode + " was produced before, by "
                        + known.getFirst().orderNumber);
            }
            return InTurn.each(serials, serial -> SerialNumber.produced(itemCode, serial, lot, orderNumber).persist());
        });
    }

    /** The lot a serialised unit was made in; empty for a serial the plant never produced. Inside the caller's session. */
    public Uni<Optional<String>> lotOf(String itemCode, String serial) {
        return SerialNumber.<SerialNumber>findById(new SerialNumber.Key(itemCode, serial)).map(unit -> Optional.ofNullable(unit).map(u -> u.lot));
    }

    /**
     * Gives {@code quantity} units of a lot that carries serial numbers to a handling unit packed for a delivery, lowest
     * serial first; answers their serials, none for a lot without serial numbers. 422 when fewer are in stock than packed.
     */
    public Uni<List<String>> packed(String itemCode, String lot, BigDecimal quantity, String sscc, UUID deliveryId) {
        return SerialNumber.<SerialNumber>list("key.itemCode = ?1 and lot = ?2 and deliveryId is null order by key.serial", itemCode, lot)
                .map(inStock -> {
                    if (inStock.isEmpty()) {
                        return List.of();
                    }
                    if (quantity.stripTrailingZeros().scale() > 0 || new BigDecimal(inStock.size()).compareTo(quantity) < 0) {
                        throw new RuleViolation("/contents", "lot " + lot + " of " + itemCode + " has " + inStock.size()
                                + " serial numbers in stock: " + Amounts.plain(quantity) + " whole units cannot be packed");
                    }
                    List<SerialNumber> taken = inStock.subList(0, quantity.intValue());
                    taken.forEach(unit -> {
                        unit.sscc = sscc;
                        unit.deliveryId = deliveryId;
                    });
                    return taken.stream().map(unit -> unit.key.serial()).toList();
                });
    }
}
