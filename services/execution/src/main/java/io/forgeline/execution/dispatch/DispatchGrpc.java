package io.forgeline.execution.dispatch;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.DispatchList;
import io.forgeline.contracts.execution.v1.DispatchListRequest;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;

/** gRPC face of {@link DispatchLists}. */
@GrpcService
public class DispatchGrpc implements io.forgeline.contracts.execution.v1.DispatchLists {

    private final DispatchLists dispatch;

    DispatchGrpc(DispatchLists dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public Uni<DispatchList> getDispatchList(DispatchListRequest request) {
        return dispatch.openAt(request.getWorkCenterCode()).map(entries -> DispatchList.newBuilder()
                .setWorkCenterCode(request.getWorkCenterCode())
                .addAllEntries(entries.stream().map(e -> io.forgeline.contracts.execution.v1.DispatchEntry.newBuilder()
                        .setOrderNumber(e.orderNumber)
                        .setItemCode(e.itemCode)
                        .setOperationSequence(e.operationSequence)
                        .setDescription(e.description)
                        .setQuantity(Quantity.newBuilder().setAmount(e.quantity.stripTrailingZeros().toPlainString()).setUnit(e.unit))
                        .setStatus(e.status.name())
                        .setDueDate(e.dueDate.toString())
                        .build()).toList())
                .build());
    }
}
