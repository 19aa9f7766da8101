package io.forgeline.warehouse.production;

import io.forgeline.contracts.warehouse.v1.LotBalance;
import io.forgeline.contracts.warehouse.v1.LotStock;
import io.forgeline.contracts.warehouse.v1.LotStockReply;
import io.forgeline.contracts.warehouse.v1.LotStockRequest;
import io.forgeline.platform.servicecalls.Callers;
import io.forgeline.warehouse.stock.Amounts;
import io.forgeline.warehouse.stock.StockBalance;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;

/**
 * gRPC face of {@link LotScans} for the shop floor: a lot's stock as an operator's consumption scan needs it. A request
 * that names no stock or carries a consumption id that is not a UUID is INVALID_ARGUMENT naming the field.
 */
@GrpcService
// only execution calls this, with its own token: the terminal checks a scanned lot before it consumes it
@RolesAllowed(Callers.EXECUTION)
public class LotScanGrpc implements LotStock {

    private final LotScans scans;

    LotScanGrpc(LotScans scans) {
        this.scans = scans;
    }

    @Override
    public Uni<LotStockReply> getLotStock(LotStockRequest request) {
        return Uni.createFrom().item(() -> LotScan.of(request.getItemCode(), request.getLot(), request.getSscc(), request.getSerial(),
                        request.getWorkCenterCode(), request.getConsumptionIdsList()))
                .flatMap(scans::stockOf)
                .map(stock -> LotStockReply.newBuilder()
                        .addAllBalances(stock.balances().stream().map(LotScanGrpc::toProto).toList())
                        .addAllIssuedConsumptionIds(stock.issuedConsumptionIds())
                        .build());
    }

    private static LotBalance toProto(LotScans.Line line) {
        StockBalance balance = line.balance();
        return LotBalance.newBuilder()
                .setItemCode(balance.itemCode)
                .setLot(balance.lot)
                .setBin(balance.bin)
                .setSscc(balance.sscc == null ? "" : balance.sscc)
                .setStatus(balance.status.name())
                .setExpiresOn(balance.expiresOn == null ? "" : balance.expiresOn.toString())
                .setQuantity(Amounts.proto(balance.quantity, balance.unit))
                .setStaged(line.staged())
                .setHold(line.hold().orElse(""))
                .build();
    }
}
