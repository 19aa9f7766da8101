package io.forgeline.warehouse.production;

import io.forgeline.contracts.quality.v1.InspectionPlanRequest;
import io.forgeline.contracts.quality.v1.MutinyInspectionPlansGrpc.MutinyInspectionPlansStub;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Asks quality, over gRPC, whether it inspects an item's finished lots before they may be used. Quality owns the
 * plans: the warehouse keeps no copy that could disagree with them.
 */
@ApplicationScoped
class FinalInspection {

    /** A receipt waits for this answer; past it the call fails as UNAVAILABLE would and the event is tried again. */
    private static final long DEADLINE_MILLIS = 2_000;

    private final MutinyInspectionPlansStub quality;

    FinalInspection(@GrpcClient("quality") MutinyInspectionPlansStub quality) {
        this.quality = quality;
    }

    /**
     * True when the item has an active FINAL inspection plan. Only "no such plan" means false; quality being away is a
     * fault that passes (the platform's consumer retries it), never a reason to release stock unchecked.
     */
    Uni<Boolean> required(String itemCode) {
        InspectionPlanRequest request = InspectionPlanRequest.newBuilder().setItemCode(itemCode).setInspectionType("FINAL").build();
        return Uni.createFrom().deferred(() -> quality.withDeadlineAfter(DEADLINE_MILLIS, TimeUnit.MILLISECONDS).getInspectionPlan(request))
                .map(plan -> true)
                .onFailure(FinalInspection::noPlan).recoverWithItem(false);
    }

    private static boolean noPlan(Throwable failure) {
        return failure instanceof StatusRuntimeException grpc && grpc.getStatus().getCode() == Status.Code.NOT_FOUND;
    }
}
