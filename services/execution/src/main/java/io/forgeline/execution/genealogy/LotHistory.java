package io.forgeline.execution.genealogy;

import static io.forgeline.platform.inbox.EventFields.decimal;
import static io.forgeline.platform.inbox.EventFields.instant;
import static io.forgeline.platform.inbox.EventFields.uuid;

import io.forgeline.contracts.quality.v1.Disposition;
import io.forgeline.contracts.quality.v1.UsageDecisionMade;
import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.contracts.warehouse.v1.ReceivedLine;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps what a trace shows about a lot besides its edges: the receipts that brought it in (and from which supplier)
 * from {@code warehouse.goods-receipts.v1}, and the usage decisions that decided it from {@code quality.usage-decisions.v1}.
 * Each event is applied once (the inbox); a receipt line or decision already kept is not kept twice.
 */
@ApplicationScoped
public class LotHistory {

    static final String RECEIVED = "io.forgeline.warehouse.goods-received.v1";
    static final String DECIDED = "io.forgeline.quality.usage-decision-made.v1";

    private final IdempotentConsumer consumer;

    LotHistory(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("goods-receipts")
    public Uni<Void> onReceipt(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, RECEIVED, GoodsReceived.parser(), this::received);
    }

    @Incoming("usage-decisions")
    public Uni<Void> onDecision(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, DECIDED, UsageDecisionMade.parser(), this::decided);
    }

    Uni<Void> received(GoodsReceived receipt) {
        UUID receiptId = uuid(receipt.getReceiptId(), "receipt_id");
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ReceivedLine line : receipt.getLinesList()) {
            if (line.getLot().isEmpty()) {
                continue; // goods without a lot number cannot be traced by one
            }
            ReceivedLot.Key key = new ReceivedLot.Key(receiptId, line.getItemCode(), line.getLot());
            chain = chain.call(() -> ReceivedLot.<ReceivedLot>findById(key).flatMap(held -> {
                if (held != null) {
                    return Uni.createFrom().voidItem();
                }
                ReceivedLot lot = new ReceivedLot();
                lot.key = key;
                lot.supplierCode = receipt.getSupplierCode();
                lot.sscc = receipt.getSscc();
                lot.receivedAt = instant(receipt.getReceivedAt(), "received_at");
                if (!line.getReceived().getAmount().isEmpty()) { // a lot without a count is still traced, by name
                    lot.quantity = accepted(line);
                    lot.unit = line.getReceived().getUnit();
                }
                return lot.persist().replaceWithVoid();
            }));
        }
        return chain;
    }

    /** What came into stock: the clerk's count less what was refused at the dock as damaged. */
    private static BigDecimal accepted(ReceivedLine line) {
        BigDecimal received = decimal(line.getReceived().getAmount(), "lines.received.amount");
        return line.getDamaged().getAmount().isEmpty() ? received
                : received.subtract(decimal(line.getDamaged().getAmount(), "lines.damaged.amount"));
    }

    Uni<Void> decided(UsageDecisionMade decision) {
        UUID id = uuid(decision.getDecisionId(), "decision_id");
        return LotDecision.<LotDecision>findById(id).flatMap(held -> {
            if (held != null) {
                return Uni.createFrom().voidItem();
            }
            LotDecision kept = new LotDecision();
            kept.decisionId = id;
            kept.inspectionLotId = uuid(decision.getInspectionLotId(), "inspection_lot_id");
            kept.inspectionLotNumber = decision.getInspectionLotNumber();
            kept.itemCode = decision.getItemCode();
            kept.lot = decision.getLot();
            kept.actions = decision.getDispositionsList().stream().map(LotHistory::said).collect(Collectors.joining(", "));
            kept.decidedAt = instant(decision.getDecidedAt(), "decided_at");
            kept.decidedBy = decision.getDecidedBy();
            return kept.persist().replaceWithVoid();
        });
    }

    private static String said(Disposition disposition) {
        return disposition.getAction().name() + " " + disposition.getQuantity().getAmount() + " " + disposition.getQuantity().getUnit();
    }
}
