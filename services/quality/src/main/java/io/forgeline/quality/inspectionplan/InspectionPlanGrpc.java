package io.forgeline.quality.inspectionplan;

import io.forgeline.contracts.quality.v1.InspectionPlanRequest;
import io.forgeline.contracts.quality.v1.InspectionPlans;
import io.grpc.Status;
import io.forgeline.platform.servicecalls.Callers;
import io.quarkus.grpc.GrpcService;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.Optional;

/** gRPC face of the plans: warehouse and execution ask which inspection an item needs. */
@GrpcService
// only services call this, each with its own token: receiving and the shop floor ask which inspection an item needs
@RolesAllowed({Callers.WAREHOUSE, Callers.EXECUTION})
public class InspectionPlanGrpc implements InspectionPlans {

    private final InspectionPlanCatalog plans;

    InspectionPlanGrpc(InspectionPlanCatalog plans) {
        this.plans = plans;
    }

    @Override
    public Uni<io.forgeline.contracts.quality.v1.InspectionPlan> getInspectionPlan(InspectionPlanRequest request) {
        InspectionType type;
        try {
            type = InspectionType.valueOf(request.getInspectionType().isBlank() ? "INCOMING" : request.getInspectionType());
        } catch (IllegalArgumentException unknown) {
            return Uni.createFrom().failure(Status.INVALID_ARGUMENT
                    .withDescription("inspection_type must be INCOMING, IN_PROCESS or FINAL").asRuntimeException());
        }
        return plans.activeFor(request.getItemCode(), Optional.of(type))
                .map(list -> list.stream().findFirst().orElseThrow(() -> Status.NOT_FOUND
                        .withDescription("item " + request.getItemCode() + " has no active " + type + " inspection plan")
                        .asRuntimeException()))
                .map(InspectionPlanGrpc::toProto);
    }

    private static io.forgeline.contracts.quality.v1.InspectionPlan toProto(InspectionPlan plan) {
        var proto = io.forgeline.contracts.quality.v1.InspectionPlan.newBuilder()
                .setPlanCode(plan.code)
                .setItemCode(plan.itemCode)
                .setInspectionType(plan.inspectionType.name())
                .setAql(plan.aql.stripTrailingZeros().toPlainString())
                .setInspectionLevel(plan.inspectionLevel);
        for (Characteristic c : plan.characteristics) {
            proto.addCharacteristics(io.forgeline.contracts.quality.v1.Characteristic.newBuilder()
                    .setCode(c.code)
                    .setDescription(c.description)
                    .setNominal(plain(c.nominal))
                    .setLowerLimit(plain(c.lowerLimit))
                    .setUpperLimit(plain(c.upperLimit))
                    .setUnit(c.unit == null ? "" : c.unit));
        }
        return proto.build();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
