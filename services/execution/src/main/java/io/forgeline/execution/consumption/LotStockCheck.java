package io.forgeline.execution.consumption;

import io.forgeline.contracts.warehouse.v1.LotStockReply;
import io.forgeline.contracts.warehouse.v1.LotStockRequest;
import io.forgeline.contracts.warehouse.v1.MutinyLotStockGrpc.MutinyLotStockStub;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Asks warehouse, over gRPC, for the stock a scan names: read fresh for every consumption, because a consumption
 * judged on old figures is one warehouse cannot issue. Without an answer nothing is consumed (503: scan again).
 */
@ApplicationScoped
class LotStockCheck {

    private static final Logger LOG = Logger.getLogger(LotStockCheck.class);

    /** An operator is waiting at the terminal: past this, one retry, then the scan is refused for now. */
    private static final long DEADLINE_MILLIS = 2_000;

    private final MutinyLotStockStub warehouse;

    LotStockCheck(@GrpcClient("warehouse") MutinyLotStockStub warehouse) {
        this.warehouse = warehouse;
    }

    Uni<LotStockReply> stockOf(MaterialScan scan, String itemCode, String workCenterCode, Collection<UUID> pending) {
        LotStockRequest request = LotStockRequest.newBuilder()
                .setItemCode(itemCode)
                .setLot(scan.lot())
                .setSscc(scan.sscc())
                .setSerial(scan.serial())
                .setWorkCenterCode(workCenterCode)
                .addAllConsumptionIds(pending.stream().map(UUID::toString).toList())
                .build();
        // the deadline is set per call: a stub's deadline is an instant, not a duration
        return Uni.createFrom().deferred(() -> warehouse.withDeadlineAfter(DEADLINE_MILLIS, TimeUnit.MILLISECONDS).getLotStock(request))
                .onFailure().retry().withBackOff(Duration.ofMillis(100)).atMost(1)
                .onFailure().transform(failure -> {
                    LOG.warnf("warehouse could not say what %s holds: %s", scan.described(), failure.getMessage());
                    return new WebApplicationException("warehouse cannot be asked what " + scan.described()
                            + " holds right now; nothing was consumed: scan it again in a moment", Response.Status.SERVICE_UNAVAILABLE);
                });
    }
}
