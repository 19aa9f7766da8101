package io.forgeline.execution.consumption;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.warehouse.v1.LotBalance;
import io.forgeline.contracts.warehouse.v1.LotStock;
import io.forgeline.contracts.warehouse.v1.LotStockReply;
import io.forgeline.contracts.warehouse.v1.LotStockRequest;
import io.forgeline.platform.servicecalls.Callers;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Warehouse's side of the LotStock contract, served by the test app itself so execution's tests exercise the real gRPC
 * client, deadline and service token (it lets only execution in, like the real one). Tests put the balances it
 * answers with; the real warehouse is in system-tests.
 */
@GrpcService
@RolesAllowed(Callers.EXECUTION)
public class WarehouseStandIn implements LotStock {

    public static final List<LotBalance> BALANCES = new CopyOnWriteArrayList<>();
    static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();
    static final List<LotStockRequest> ASKED = new CopyOnWriteArrayList<>();
    /** Serial number → the lot it was made in. */
    public static final java.util.Map<String, String> SERIALS = new ConcurrentHashMap<>();

    public static LotBalance balance(String item, String lot, String bin, String sscc, String status, String expiresOn, String quantity,
            boolean staged, String hold) {
        return LotBalance.newBuilder().setItemCode(item).setLot(lot).setBin(bin).setSscc(sscc).setStatus(status).setExpiresOn(expiresOn)
                .setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")).setStaged(staged).setHold(hold).build();
    }

    @Override
    public Uni<LotStockReply> getLotStock(LotStockRequest request) {
        ASKED.add(request);
        LotStockReply.Builder reply = LotStockReply.newBuilder();
        String lot = request.getSerial().isEmpty() ? request.getLot() : SERIALS.getOrDefault(request.getSerial(), "?");
        // an item alone at a work center asks what of it is staged there (the terminal's job list)
        boolean stagedAsk = request.getLot().isEmpty() && request.getSscc().isEmpty() && request.getSerial().isEmpty();
        for (LotBalance balance : BALANCES) {
            boolean wanted = stagedAsk ? balance.getStaged()
                    : !request.getSscc().isEmpty() ? balance.getSscc().equals(request.getSscc()) : balance.getLot().equals(lot);
            if (wanted && (request.getItemCode().isEmpty() || balance.getItemCode().equals(request.getItemCode()))) {
                reply.addBalances(balance);
            }
        }
        request.getConsumptionIdsList().stream().filter(ISSUED::contains).forEach(reply::addIssuedConsumptionIds);
        return Uni.createFrom().item(reply.build());
    }
}
