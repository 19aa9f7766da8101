package io.forgeline.execution.dispatch;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.DispatchList;
import io.forgeline.contracts.execution.v1.DispatchListRequest;
import io.forgeline.platform.problem.InvalidField;
import io.grpc.Status;
import io.forgeline.platform.servicecalls.Callers;
import io.quarkus.grpc.GrpcService;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** gRPC face of {@link DispatchLists}. */
@GrpcService
// only services call this, each with its own token: warehouse stages material and quality plans in-process inspections from what is next at a work center
@RolesAllowed({Callers.WAREHOUSE, Callers.QUALITY})
public class DispatchGrpc implements io.forgeline.contracts.execution.v1.DispatchLists {

    private final DispatchLists dispatch;

    DispatchGrpc(DispatchLists dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public Uni<DispatchList> getDispatchList(DispatchListRequest request) {
        Optional<Duration> horizon;
        try {
            horizon = Horizon.parse(request.getHorizon());
        } catch (InvalidField invalid) {
            return Uni.createFrom().failure(Status.INVALID_ARGUMENT.withDescription(invalid.getMessage()).asRuntimeException());
        }
        return dispatch.openAt(request.getWorkCenterCode(), horizon).map(entries -> DispatchList.newBuilder()
                .setWorkCenterCode(request.getWorkCenterCode())
                .addAllEntries(entries.stream().map(DispatchGrpc::toProto).toList())
                .build());
    }

    private static io.forgeline.contracts.execution.v1.DispatchEntry toProto(DispatchEntry e) {
        return io.forgeline.contracts.execution.v1.DispatchEntry.newBuilder()
                .setOrderNumber(e.orderNumber())
                .setItemCode(e.itemCode())
                .setOperationSequence(e.operationSequence())
                .setDescription(e.description())
                .setQuantity(Quantity.newBuilder().setAmount(e.quantity().stripTrailingZeros().toPlainString()).setUnit(e.unit()))
                .setStatus(e.status().name())
                .setDueDate(e.dueDate().toString())
                .setMachineCode(e.machineCode() == null ? "" : e.machineCode())
                .setPlannedStart(text(e.plannedStart()))
                .setPlannedEnd(text(e.plannedEnd()))
                .setOrderId(e.orderId().toString())
                .build();
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
