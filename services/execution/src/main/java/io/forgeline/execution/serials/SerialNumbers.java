package io.forgeline.execution.serials;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.platform.steps.InTurn;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives serialised finished units their serial numbers and answers which units a lot, an order or a serial is. Whether an
 * item is serialised is what scheduling last published ({@link Items}); an item this copy does not know is not serialised.
 */
@ApplicationScoped
public class SerialNumbers {

    private final Items items;
    private final Clock clock;

    SerialNumbers(Items items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** A serialised item is counted in whole pieces, each of which gets a serial: 422 naming {@code goodQuantity} otherwise. */
    public Uni<Void> requireWholePieces(String itemCode, BigDecimal goodQuantity) {
        if (goodQuantity == null || goodQuantity.stripTrailingZeros().scale() <= 0) {
            return Uni.createFrom().voidItem();
        }
        return isSerialised(itemCode).invoke(serialised -> {
            if (serialised) {
                throw new RuleViolation("goodQuantity", itemCode + " is serialised: each good piece gets a serial number, so "
                        + goodQuantity.stripTrailingZeros().toPlainString() + " is no count of pieces");
            }
        }).replaceWithVoid();
    }

    /**
     * One serial per good piece of the finished lot {@code output} just produced, for a serialised item; none otherwise.
     * In the caller's transaction, which holds the order's operations.
     */
    public Uni<List<String>> assign(DispatchEntry output) {
        return isSerialised(output.itemCode()).flatMap(serialised -> {
            if (!serialised) {
                return Uni.createFrom().item(List.<String>of());
            }
            BigDecimal good = output.goodQuantity().stripTrailingZeros();
            if (good.scale() > 0) {
                throw new RuleViolation("goodQuantity", output.itemCode() + " is serialised: " + good.toPlainString()
                        + " good pieces cannot each get a serial number");
            }
            return next(good.intValueExact()).call(serials -> InTurn.each(serials,
                    serial -> produced(output, serial).persist()));
        });
    }

    /** The units an order made, in the order they were numbered. */
    public Uni<List<ProducedSerial>> ofOrder(UUID orderId) {
        return Panache.withSession(() -> ProducedSerial.<ProducedSerial>list("orderId = ?1 order by producedAt, key.serial", orderId));
    }

    /** The units made in these lots of {@code itemCode}, lowest serial first. In the caller's session, or a new one. */
    public Uni<List<ProducedSerial>> ofLots(Collection<String> itemCodes, Collection<String> lots) {
        if (itemCodes.isEmpty() || lots.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.withSession(() -> ProducedSerial.<ProducedSerial>list(
                "key.itemCode in ?1 and lot in ?2 order by key.itemCode, lot, length(key.serial), key.serial", itemCodes, lots));
    }

    /** The unit with this serial; empty for a serial the plant never gave the item. */
    public Uni<Optional<ProducedSerial>> find(String itemCode, String serial) {
        return Panache.withSession(() -> ProducedSerial.<ProducedSerial>findById(new ProducedSerial.Key(itemCode, serial)))
                .map(Optional::ofNullable);
    }

    /** The units as the terminal shows them: each serial with its SGTIN (null when the item has no GTIN in this copy). */
    public Uni<List<SerialView>> views(String itemCode, List<String> serials) {
        if (serials.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return items.find(itemCode).map(item -> serials.stream().map(serial -> new SerialView(serial,
                item.flatMap(Item::tradeItemNumber).map(gtin -> Sgtins.of(gtin, serial)).orElse(null))).toList());
    }

    private Uni<Boolean> isSerialised(String itemCode) {
        return items.find(itemCode).map(item -> item.map(i -> i.serialised).orElse(false));
    }

    /** {@code count} numbers from the plant's sequence in one statement. */
    private static Uni<List<String>> next(int count) {
        return Panache.getSession().flatMap(session -> session
                        .createNativeQuery("select nextval('produced_serial_seq') from generate_series(1, ?1)", Long.class)
                        .setParameter(1, count).getResultList())
                .map(numbers -> numbers.stream().sorted().map(String::valueOf).toList());
    }

    private ProducedSerial produced(DispatchEntry output, String serial) {
        ProducedSerial unit = new ProducedSerial();
        unit.key = new ProducedSerial.Key(output.itemCode(), serial);
        unit.lot = output.outputLot();
        unit.orderId = output.orderId();
        unit.orderNumber = output.orderNumber();
        unit.unit = output.unit();
        unit.producedAt = output.completedAt() == null ? clock.instant() : output.completedAt();
        unit.producedBy = output.completedBy();
        return unit;
    }
}
