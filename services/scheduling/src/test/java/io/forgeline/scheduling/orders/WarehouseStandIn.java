package io.forgeline.scheduling.orders;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.warehouse.v1.AvailabilityReply;
import io.forgeline.contracts.warehouse.v1.AvailabilityRequest;
import io.forgeline.contracts.warehouse.v1.ItemAvailability;
import io.forgeline.contracts.warehouse.v1.StockAvailability;
import io.forgeline.platform.servicecalls.Callers;
import io.quarkus.grpc.GrpcService;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import java.util.Map;

/**
 * The warehouse's side of the StockAvailability contract, served by the test app itself so scheduling's
 * tests exercise the real gRPC client, deadline, mapping and service token (it lets only scheduling in, like
 * the real one). The real warehouse is in system-tests.
 */
@GrpcService
@RolesAllowed(Callers.SCHEDULING)
public class WarehouseStandIn implements StockAvailability {

    static final Map<String, String> ON_HAND = Map.of("SHAFT-01", "120", "HOUSING-01", "80", "BEARING-6204", "60");

    @Override
    public Uni<AvailabilityReply> checkAvailability(AvailabilityRequest request) {
        AvailabilityReply.Builder reply = AvailabilityReply.newBuilder();
        for (String code : request.getItemCodesList()) {
            reply.addItems(ItemAvailability.newBuilder()
                    .setItemCode(code)
                    .setAvailable(Quantity.newBuilder().setAmount(ON_HAND.getOrDefault(code, "0")).setUnit("PCE"))
                    .setQuarantined(Quantity.newBuilder().setAmount("0").setUnit("PCE"))
                    .setKnownItem(ON_HAND.containsKey(code)));
        }
        return Uni.createFrom().item(reply.build());
    }
}
