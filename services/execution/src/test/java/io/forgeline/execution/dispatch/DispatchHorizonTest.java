package io.forgeline.execution.dispatch;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.order;
import static io.forgeline.execution.ShopFloorEvents.planned;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.release;
import static io.forgeline.execution.ShopFloorEvents.schedule;
import static io.forgeline.execution.Terminal.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.execution.v1.DispatchEntry;
import io.forgeline.contracts.execution.v1.DispatchListRequest;
import io.forgeline.contracts.execution.v1.DispatchListsGrpc;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.ServiceCalls;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class DispatchHorizonTest {

    @TestHTTPResource("/")
    URL root;

    /** As the warehouse asks when it stages material: with its own service token. */
    private DispatchListsGrpc.DispatchListsBlockingStub grpc() {
        return DispatchListsGrpc.newBlockingStub(ServiceCalls.channel(root)).withDeadlineAfter(10, TimeUnit.SECONDS)
                .withCallCredentials(ServiceCalls.as(ServiceCalls.service("warehouse")));
    }

    /** Work at one work center: planned in 3 h, planned in 1 h, planned in 20 h, and one the schedule has not placed. */
    private record Floor(String center, String machine, ProductionOrderReleased inThreeHours, ProductionOrderReleased inOneHour,
                         ProductionOrderReleased tomorrow, ProductionOrderReleased unplanned) {
    }

    private static Floor floor() {
        String center = code("WC");
        String machine = code("M");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Floor floor = new Floor(center, machine,
                order(UUID.randomUUID(), code("MO"), Instant.parse("2030-01-10T00:00:00Z"), center),
                order(UUID.randomUUID(), code("MO"), Instant.parse("2030-01-20T00:00:00Z"), center),
                order(UUID.randomUUID(), code("MO"), Instant.parse("2030-01-05T00:00:00Z"), center),
                order(UUID.randomUUID(), code("MO"), Instant.parse("2029-12-01T00:00:00Z"), center));
        for (ProductionOrderReleased order : List.of(floor.inThreeHours(), floor.inOneHour(), floor.tomorrow(), floor.unplanned())) {
            release(order);
        }
        publish(schedule(machine, center, Instant.now(),
                planned(floor.inOneHour(), 10, now.plus(1, ChronoUnit.HOURS), Duration.ofHours(2)),
                planned(floor.inThreeHours(), 10, now.plus(3, ChronoUnit.HOURS), Duration.ofHours(2)),
                planned(floor.tomorrow(), 10, now.plus(20, ChronoUnit.HOURS), Duration.ofHours(2))));
        return floor;
    }

    private static List<String> restList(String center, String horizon) {
        var request = as("operator");
        if (horizon != null) {
            request = request.queryParam("horizon", horizon);
        }
        return request.when().get("/api/execution/work-centers/" + center + "/dispatch-list")
                .then().statusCode(200).extract().jsonPath().getList("entries.orderNumber");
    }

    private List<DispatchEntry> grpcList(String center, String horizon) {
        return grpc().getDispatchList(DispatchListRequest.newBuilder().setWorkCenterCode(center).setHorizon(horizon).build())
                .getEntriesList();
    }

    @Test
    void the_dispatch_list_runs_in_planned_order_with_unplanned_work_last() {
        Floor floor = floor();

        assertEquals(List.of(floor.inOneHour().getOrderNumber(), floor.inThreeHours().getOrderNumber(),
                floor.tomorrow().getOrderNumber(), floor.unplanned().getOrderNumber()), restList(floor.center(), null));
    }

    @Test
    void a_horizon_keeps_only_work_planned_to_start_within_it() {
        Floor floor = floor();

        assertEquals(List.of(floor.inOneHour().getOrderNumber(), floor.inThreeHours().getOrderNumber()),
                restList(floor.center(), "PT8H"));
        assertEquals(List.of(floor.inOneHour().getOrderNumber()), restList(floor.center(), "PT2H"));
        assertEquals(4, restList(floor.center(), "").size());
    }

    @Test
    void grpc_callers_get_the_same_planned_order_and_horizon() {
        Floor floor = floor();

        List<DispatchEntry> within = grpcList(floor.center(), "PT8H");
        assertEquals(List.of(floor.inOneHour().getOrderNumber(), floor.inThreeHours().getOrderNumber()),
                within.stream().map(DispatchEntry::getOrderNumber).toList());
        assertEquals(floor.machine(), within.get(0).getMachineCode());
        assertEquals(floor.inOneHour().getOrderId(), within.get(0).getOrderId());
        assertTrue(Instant.parse(within.get(0).getPlannedEnd()).isAfter(Instant.parse(within.get(0).getPlannedStart())));

        List<DispatchEntry> all = grpcList(floor.center(), "");
        assertEquals(4, all.size());
        DispatchEntry unplanned = all.get(3);
        assertEquals(floor.unplanned().getOrderNumber(), unplanned.getOrderNumber());
        assertEquals("", unplanned.getMachineCode());
        assertEquals("", unplanned.getPlannedStart());
    }

    @Test
    void an_invalid_horizon_is_refused_naming_it() {
        String center = code("WC");
        as("operator").queryParam("horizon", "8 hours").when().get("/api/execution/work-centers/" + center + "/dispatch-list")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("horizon"));
        as("operator").queryParam("horizon", "PT0S").when().get("/api/execution/work-centers/" + center + "/dispatch-list")
                .then().statusCode(400).body("errors[0].field", equalTo("horizon"));
        as("operator").queryParam("horizon", "-PT8H").when().get("/api/execution/work-centers/" + center + "/dispatch-list")
                .then().statusCode(400).body("detail", containsString("horizon"));

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> grpcList(center, "8 hours"));
        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertTrue(refused.getStatus().getDescription().startsWith("horizon"), refused.getStatus().getDescription());
    }
}
