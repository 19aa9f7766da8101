package io.forgeline.execution.jobs;

import io.forgeline.contracts.warehouse.v1.LotBalance;
import io.forgeline.contracts.warehouse.v1.LotStockRequest;
import io.forgeline.contracts.warehouse.v1.MutinyLotStockGrpc.MutinyLotStockStub;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * How much of each item lies released in a work center's staging bins, asked of warehouse over gRPC. A list is
 * shown also when warehouse cannot be asked: then its staging is simply unknown.
 */
@ApplicationScoped
class StagedStock {

    private static final Logger LOG = Logger.getLogger(StagedStock.class);
    private static final long DEADLINE_MILLIS = 1_500;

    private final MutinyLotStockStub warehouse;

    StagedStock(@GrpcClient("warehouse") MutinyLotStockStub warehouse) {
        this.warehouse = warehouse;
    }

    /** Staged quantity per item (absent items: none staged); empty when warehouse did not answer. */
    Uni<Optional<Map<String, BigDecimal>>> at(String workCenterCode, Collection<String> itemCodes) {
        List<String> items = itemCodes.stream().distinct().sorted().toList();
        if (items.isEmpty()) {
            return Uni.createFrom().item(Optional.of(Map.of()));
        }
        List<Uni<Map.Entry<String, BigDecimal>>> asks = items.stream().map(item -> staged(workCenterCode, item)).toList();
        return Uni.join().all(asks).andFailFast()
                .map(staged -> Optional.of(staged.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("warehouse could not say what is staged at %s: %s", workCenterCode, failure.getMessage());
                    return Optional.empty();
                });
    }

    private Uni<Map.Entry<String, BigDecimal>> staged(String workCenterCode, String item) {
        LotStockRequest request = LotStockRequest.newBuilder().setItemCode(item).setWorkCenterCode(workCenterCode).build();
        return Uni.createFrom().deferred(() -> warehouse.withDeadlineAfter(DEADLINE_MILLIS, TimeUnit.MILLISECONDS).getLotStock(request))
                .map(reply -> Map.entry(item, reply.getBalancesList().stream()
                        .filter(LotBalance::getStaged)
                        .map(balance -> new BigDecimal(balance.getQuantity().getAmount()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
