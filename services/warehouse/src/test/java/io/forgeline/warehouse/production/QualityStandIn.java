package io.forgeline.warehouse.production;

import io.forgeline.contracts.quality.v1.InspectionPlan;
import io.forgeline.contracts.quality.v1.InspectionPlanRequest;
import io.forgeline.contracts.quality.v1.InspectionPlans;
import io.forgeline.platform.servicecalls.Callers;
import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Quality's side of the InspectionPlans contract, served by the test app itself so the warehouse's tests exercise the
 * real gRPC client, deadline, service token and status mapping (it lets only warehouse in, like the real one). Items
 * named {@code FIN-…} have a final inspection plan; {@code AWAY-…} items find quality unavailable twice, then planned;
 * every other item has none. The real quality is in system-tests.
 */
@GrpcService
@RolesAllowed(Callers.WAREHOUSE)
public class QualityStandIn implements InspectionPlans {

    static final String INSPECTED = "FIN-";
    static final String AWAY_TWICE = "AWAY-";

    // static: the test reads it without injecting the service bean
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @Override
    public Uni<InspectionPlan> getInspectionPlan(InspectionPlanRequest request) {
        String item = request.getItemCode();
        int call = CALLS.computeIfAbsent(item, code -> new AtomicInteger()).incrementAndGet();
        if (item.startsWith(AWAY_TWICE) && call <= 2) {
            return Uni.createFrom().failure(Status.UNAVAILABLE.withDescription("quality is restarting").asRuntimeException());
        }
        if ("FINAL".equals(request.getInspectionType()) && (item.startsWith(INSPECTED) || item.startsWith(AWAY_TWICE))) {
            return Uni.createFrom().item(InspectionPlan.newBuilder().setPlanCode("IP-" + item + "-FIN").setItemCode(item)
                    .setInspectionType("FINAL").setAql("1").setInspectionLevel("II").build());
        }
        return Uni.createFrom().failure(Status.NOT_FOUND.withDescription("item " + item + " has no active "
                + request.getInspectionType() + " inspection plan").asRuntimeException());
    }

    /** How often warehouse asked about {@code item}. */
    static int callsFor(String item) {
        AtomicInteger count = CALLS.get(item);
        return count == null ? 0 : count.get();
    }
}
