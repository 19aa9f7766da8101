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
 * Asks warehouse, over gRPC, for the stock a scan or a lot names: read fresh every time, because a consumption
 * judged on old figures is one warehouse cannot issue, and a recall must say where the stock is now. Without an answer
 * the caller gets a 503 saying what to do.
 */
@ApplicationScoped
public class LotStockCheck {

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
        return ask(request, scan.described(), "nothing was consumed: scan it again in a moment");
    }

    /** Every balance of one lot of an item, wherever it lies. */
    public Uni<LotStockReply> stockOf(String itemCode, String lot) {
        LotStockRequest request = LotStockRequest.newBuilder().setItemCode(itemCode).setLot(lot).build();
        return ask(request, "lot " + lot + " of " + itemCode, "ask again in a moment");
    }

    private Uni<LotStockReply> ask(LotStockRequest request, String described, String whatNow) {
        // the deadline is set per call: a stub's deadline is an instant, not a duration
        return Uni.createFrom().deferred(() -> warehouse.withDeadlineAfter(DEADLINE_MILLIS, TimeUnit.MILLISECONDS).getLotStock(request))
                .onFailure().retry().withBackOff(Duration.ofMillis(100)).atMost(1)
                .onFailure().transform(failure -> {
                    LOG.warnf("warehouse could not say what %s holds: %s", described, failure.getMessage());
                    return new WebApplicationException("warehouse cannot be asked what " + described + " holds right now; "
                            + whatNow, Response.Status.SERVICE_UNAVAILABLE);
                });
    }
}
