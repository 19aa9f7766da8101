package io.forgeline.quality.arrivals;

import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.contracts.warehouse.v1.ReceivedLine;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.quality.decisions.Decisions;
import io.forgeline.quality.inspectionlot.BaseQuantity;
import io.forgeline.quality.inspectionlot.InspectionLots;
import io.forgeline.quality.inspectionlot.LotOrigin;
import io.forgeline.quality.inspectionlot.OpenLot;
import io.forgeline.quality.inspectionplan.InspectionType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every goods receipt from warehouse opens one incoming inspection lot per item and supplier lot it brought into
 * quarantine (the damaged part stays at the dock), in the item's base unit and in the receipt's handling unit. An
 * item no incoming plan asks to inspect is released at once. Once per receipt, however often it is delivered.
 */
@ApplicationScoped
public class GoodsReceipts {

    static final String RECEIVED = "io.forgeline.warehouse.goods-received.v1";
    /** Who acts when a rule does: the stored decisions and the ledger name quality itself. */
    static final Actor QUALITY = new Actor("quality", "quality", Set.of(), Optional.empty());

    private final IdempotentConsumer consumer;
    private final Items items;
    private final InspectionLots lots;
    private final Decisions decisions;

    GoodsReceipts(IdempotentConsumer consumer, Items items, InspectionLots lots, Decisions decisions) {
        this.consumer = consumer;
        this.items = items;
        this.lots = lots;
        this.decisions = decisions;
    }

    @Incoming("goods-receipts")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, RECEIVED, GoodsReceived.parser(), this::open);
    }

    /** Inside the consumer's transaction. */
    Uni<Void> open(GoodsReceived receipt) {
        List<ReceivedLine> lines = receipt.getLinesList().stream().filter(line -> intoStock(line).signum() > 0).toList();
        if (lines.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Actor clerk = new Actor(receipt.getReceivedBy(), receipt.getReceivedBy(), Set.of(), Optional.empty());
        return items.byCode(lines.stream().map(ReceivedLine::getItemCode).distinct().toList()).flatMap(known -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Lot lot : lotsOf(receipt, lines, known).values()) {
                OpenLot command = new OpenLot(lot.itemCode(), receipt.getSupplierCode(), lot.lot(), lot.quantity(), lot.unit(),
                        InspectionType.INCOMING, receipt.getSscc().isBlank() ? List.of() : List.of(receipt.getSscc()), LotOrigin.RECEIPT,
                        receipt.getReceiptId());
                chain = chain.call(() -> lots.open(command, clerk).flatMap(opened -> opened.planId == null && opened.open()
                        ? decisions.releaseUninspected(opened, QUALITY).replaceWithVoid() : Uni.createFrom().voidItem()));
            }
            return chain;
        });
    }

    /**
     * What went into quarantine per item and lot, in the item's base unit (received less damaged), lines of the same
     * lot added up.
     */
    private static Map<String, Lot> lotsOf(GoodsReceived receipt, List<ReceivedLine> lines, Map<String, Item> known) {
        Map<String, Lot> lots = new LinkedHashMap<>();
        for (ReceivedLine line : lines) {
            Item item = known.get(line.getItemCode());
            BaseQuantity size = BaseQuantity.of(Optional.ofNullable(item), intoStock(line), line.getReceived().getUnit())
                    .orElseThrow(() -> new PoisonEvent("receipt " + receipt.getReceiptId() + " brings " + line.getItemCode() + " in "
                            + line.getReceived().getUnit() + ", and the item master knows no conversion to " + unitOf(item)));
            lots.merge(line.getItemCode() + "\u0000" + line.getLot(), new Lot(line.getItemCode(), line.getLot(), size.quantity(), size.unit()),
                    (a, b) -> new Lot(a.itemCode(), a.lot(), a.quantity().add(b.quantity()), a.unit()));
        }
        return lots;
    }

    private static BigDecimal intoStock(ReceivedLine line) {
        return amount(line.getReceived().getAmount()).subtract(amount(line.getDamaged().getAmount()));
    }

    private static BigDecimal amount(String amount) {
        return amount == null || amount.isBlank() ? BigDecimal.ZERO : new BigDecimal(amount);
    }

    private static String unitOf(Item item) {
        return item == null ? "its base unit" : item.unit;
    }

    private record Lot(String itemCode, String lot, BigDecimal quantity, String unit) {
    }
}
