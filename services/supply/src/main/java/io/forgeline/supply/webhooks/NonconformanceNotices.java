package io.forgeline.supply.webhooks;

import io.forgeline.contracts.quality.v1.NonconformanceOpened;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Tells a supplier, through its webhooks, that quality opened a nonconformance report on its material: the
 * {@code nonconformance.opened} message carries what the supplier needs to react and where to answer
 * ({@code /partner/v1/nonconformances/{id}}, served by quality). Once per event; NCRs of the plant's own material
 * concern no supplier.
 */
@ApplicationScoped
public class NonconformanceNotices {

    static final String OPENED = "io.forgeline.quality.nonconformance-opened.v1";

    private final IdempotentConsumer consumer;
    private final Webhooks webhooks;

    NonconformanceNotices(IdempotentConsumer consumer, Webhooks webhooks) {
        this.consumer = consumer;
        this.webhooks = webhooks;
    }

    @Incoming("nonconformances")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, OPENED, NonconformanceOpened.parser(), this::tell);
    }

    /** Inside the consumer's transaction. */
    Uni<Void> tell(NonconformanceOpened ncr) {
        if (ncr.getSupplierCode().isBlank()) {
            return Uni.createFrom().voidItem();
        }
        return webhooks.queue(ncr.getSupplierCode(), WebhookEventType.NONCONFORMANCE_OPENED,
                () -> Uni.createFrom().item(NcrNotice.of(ncr)));
    }

    /** The webhook's data: the NCR as the supplier reads it on the partner API. */
    public record NcrNotice(String id, String number, String source, String itemCode, String lot, String quantity, String unit,
                            List<String> defectCodes, String description, String openedAt, String answerAt) {

        static NcrNotice of(NonconformanceOpened ncr) {
            return new NcrNotice(ncr.getNcrId(), ncr.getNcrNumber(), ncr.getSource().name(), ncr.getItemCode(), ncr.getLot(),
                    ncr.getQuantity().getAmount(), ncr.getQuantity().getUnit(), ncr.getDefectCodesList(), ncr.getDescription(),
                    ncr.getOpenedAt(), "/partner/v1/nonconformances/" + ncr.getNcrId() + "/responses");
        }
    }
}
