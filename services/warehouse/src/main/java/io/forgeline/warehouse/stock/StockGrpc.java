package io.forgeline.warehouse.stock;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.warehouse.v1.AvailabilityReply;
import io.forgeline.contracts.warehouse.v1.AvailabilityRequest;
import io.forgeline.contracts.warehouse.v1.ItemAvailability;
import io.forgeline.contracts.warehouse.v1.StockAvailability;
import io.forgeline.platform.servicecalls.Callers;
import io.quarkus.grpc.GrpcService;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashSet;

/** gRPC face of {@link StockLedger} for planning: fresh availability of many items in one call. */
@GrpcService
// only services call this, each with its own token: planning checks availability at release; the shop floor and quality look up lots
@RolesAllowed({Callers.SCHEDULING, Callers.EXECUTION, Callers.QUALITY})
public class StockGrpc implements StockAvailability {

    private final StockLedger ledger;

    StockGrpc(StockLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Uni<AvailabilityReply> checkAvailability(AvailabilityRequest request) {
        return ledger.stockOf(new LinkedHashSet<>(request.getItemCodesList()))
                .map(items -> AvailabilityReply.newBuilder()
                        .addAllItems(items.stream().map(StockGrpc::toProto).toList())
                        .build());
    }

    private static ItemAvailability toProto(ItemStock stock) {
        return ItemAvailability.newBuilder()
                .setItemCode(stock.itemCode())
                .setAvailable(proto(stock.available()))
                .setQuarantined(proto(stock.quarantined()))
                .setKnownItem(!stock.lots().isEmpty())
                .build();
    }

    private static Quantity proto(io.forgeline.platform.quantity.Quantity quantity) {
        return Quantity.newBuilder().setAmount(quantity.amount().toPlainString()).setUnit(quantity.unit()).build();
    }
}
