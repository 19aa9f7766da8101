package io.forgeline.warehouse.production;

import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.warehouse.layout.Bin;
import io.forgeline.warehouse.layout.Layout;
import io.forgeline.warehouse.stock.Amounts;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.Ledger;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockPlace;
import io.forgeline.warehouse.stock.StockStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Production receipts: each finished lot execution reports is received once (the inbox keeps its event id; the receipt
 * is in the same transaction) at the staging bin of the work center it came off, in QUARANTINE when quality inspects
 * the item's finished lots, AVAILABLE otherwise, and kept as reported for its production labels. An output that cannot be booked (no quantity, no staging bin) is
 * parked for an administrator rather than guessed at.
 */
@ApplicationScoped
public class Outputs {

    static final String REPORTED = "io.forgeline.execution.production-output-reported.v1";

    private final IdempotentConsumer consumer;
    private final Layout layout;
    private final Ledger ledger;
    private final FinalInspection finalInspection;
    private final Serials serials;
    private final Clock clock;

    Outputs(IdempotentConsumer consumer, Layout layout, Ledger ledger, FinalInspection finalInspection, Serials serials, Clock clock) {
        this.serials = serials;
        this.consumer = consumer;
        this.layout = layout;
        this.ledger = ledger;
        this.finalInspection = finalInspection;
        this.clock = clock;
    }

    @Incoming("production-output")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, REPORTED, ProductionOutputReported.parser(), this::receive);
    }

    /** Inside the consumer's transaction. */
    Uni<Void> receive(ProductionOutputReported output) {
        return Uni.createFrom().deferred(() -> book(output));
    }

    private Uni<Void> book(ProductionOutputReported output) {
        BigDecimal quantity = quantityOf(output);
        Optional<LocalDate> expiresOn = expiryOf(output);
        return layout.stagingBinsOf(output.getWorkCenterCode())
                .map(bins -> firstOf(bins, output))
                .flatMap(bin -> finalInspection.required(output.getItemCode()).map(inspected -> {
                    StockPlace place = new StockPlace(output.getItemCode(), output.getLot(),
                            inspected ? StockStatus.QUARANTINE : StockStatus.AVAILABLE, bin.code, null);
                    return Booking.of(MovementType.PRODUCTION_RECEIPT,
                                    inspected ? "produced, awaiting final inspection" : "produced",
                                    output.getOrderNumber() + " op " + output.getOperationSequence())
                            .add(place, quantity, output.getQuantity().getUnit(), expiresOn.orElse(null), clock.instant());
                }))
                .flatMap(booking -> ledger.post(booking, new Actor(output.getReportedBy(), output.getReportedBy(), Set.of(), Optional.empty())))
                .chain(() -> receipt(output, quantity, expiresOn).persist())
                .chain(() -> serials.produced(output.getItemCode(), output.getLot(), output.getOrderNumber(), quantity,
                        output.getSerialNumbersList()));
    }

    /** What the order's production labels print: the lot as reported. An output_id that is not a UUID is poison. */
    private ProductionReceipt receipt(ProductionOutputReported output, BigDecimal quantity, Optional<LocalDate> expiresOn) {
        ProductionReceipt receipt = new ProductionReceipt();
        try {
            receipt.id = UUID.fromString(output.getOutputId());
        } catch (IllegalArgumentException notAUuid) {
            throw new PoisonEvent("output of " + output.getOrderNumber() + ": output_id \"" + output.getOutputId() + "\" is not a UUID");
        }
        receipt.orderNumber = output.getOrderNumber();
        receipt.itemCode = output.getItemCode();
        receipt.lot = output.getLot();
        receipt.quantity = quantity;
        receipt.unit = output.getQuantity().getUnit();
        receipt.expiresOn = expiresOn.orElse(null);
        receipt.receivedAt = clock.instant();
        return receipt;
    }

    private static BigDecimal quantityOf(ProductionOutputReported output) {
        if (output.getItemCode().isBlank() || output.getLot().isBlank() || output.getQuantity().getUnit().isBlank()) {
            throw new PoisonEvent("output " + output.getOutputId() + " of " + output.getOrderNumber() + " names no item, lot or unit");
        }
        return Amounts.positive(output.getQuantity().getAmount()).orElseThrow(() -> new PoisonEvent("output " + output.getOutputId() + " of "
                + output.getOrderNumber() + ": quantity \"" + output.getQuantity().getAmount() + "\" is not a positive number"));
    }

    private static Optional<LocalDate> expiryOf(ProductionOutputReported output) {
        if (output.getExpiresOn().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(output.getExpiresOn()));
        } catch (DateTimeParseException e) {
            throw new PoisonEvent("output " + output.getOutputId() + " of " + output.getOrderNumber() + ": expires_on \""
                    + output.getExpiresOn() + "\" is not an ISO date");
        }
    }

    private static Bin firstOf(List<Bin> stagingBins, ProductionOutputReported output) {
        if (stagingBins.isEmpty()) {
            throw new PoisonEvent("output " + output.getOutputId() + " of " + output.getOrderNumber() + ": work center "
                    + output.getWorkCenterCode() + " has no staging bin to receive it at");
        }
        return stagingBins.get(0);
    }
}
