package io.forgeline.execution.jobs;

import static io.forgeline.execution.ShopFloorEvents.code;
import static io.forgeline.execution.ShopFloorEvents.deliver;
import static io.forgeline.execution.ShopFloorEvents.order;
import static io.forgeline.execution.ShopFloorEvents.publish;
import static io.forgeline.execution.ShopFloorEvents.release;
import static io.forgeline.execution.ShopFloorEvents.workCenter;
import static io.forgeline.execution.Terminal.as;
import static io.forgeline.execution.consumption.WarehouseStandIn.balance;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.quality.v1.HoldPlaced;
import io.forgeline.contracts.quality.v1.SpcAlertRaised;
import io.forgeline.contracts.scheduling.v1.ComponentNeed;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.execution.consumption.WarehouseStandIn;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The terminal's job list against warehouse's gRPC stand-in: staging shared out in dispatch order, holds, lateness. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_execution"))
class JobListTest {

    private static ProductionOrderReleased needing(String workCenter, Instant due, String item, String quantity) {
        ProductionOrderReleased.Builder builder = order(UUID.randomUUID(), code("MO"), due, workCenter).toBuilder();
        builder.getOperationsBuilder(0).addComponents(ComponentNeed.newBuilder().setItemCode(item)
                .setQuantity(Quantity.newBuilder().setAmount(quantity).setUnit("PCE")));
        return builder.build();
    }

    private static JsonPath jobsAt(String workCenter) {
        return as("operator").when().get("/api/execution/work-centers/" + workCenter + "/jobs").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void each_job_shows_whether_its_material_is_staged_held_or_late() {
        String workCenter = code("WC");
        publish(workCenter(workCenter, 1, Instant.now(), code("M")));
        String bearing = code("BRG");
        Instant later = Instant.now().plus(30, ChronoUnit.DAYS);
        ProductionOrderReleased first = needing(workCenter, later.minus(1, ChronoUnit.DAYS), bearing, "4");
        ProductionOrderReleased second = needing(workCenter, later, bearing, "4");
        ProductionOrderReleased overdue = order(UUID.randomUUID(), code("MO"), Instant.now().minus(1, ChronoUnit.DAYS), workCenter);
        release(first);
        release(second);
        release(overdue);
        WarehouseStandIn.BALANCES.add(balance(bearing, "L-" + bearing, "ST-" + workCenter, "", "AVAILABLE", "", "6", true, ""));
        Eventually.within(Eventually.EVENT_APPLIED, () -> jobsAt(workCenter).getList("jobs").size() == 3, "three jobs queued");

        JsonPath jobs = jobsAt(workCenter);

        assertThat(jobs.getBoolean("stagingKnown")).isTrue();
        // unplanned work by due date: the overdue job first, then the two that need bearings
        assertThat(jobs.getList("jobs.orderNumber")).containsExactly(overdue.getOrderNumber(), first.getOrderNumber(), second.getOrderNumber());
        assertThat(jobs.getList("jobs.late")).containsExactly(true, false, false);
        assertThat(jobs.getList("jobs.staging")).containsExactly("NOTHING_TO_STAGE", "STAGED", "PARTLY_STAGED");
        assertThat(jobs.getList("jobs[2].components.staged")).containsExactly("2");
        assertThat(jobs.getList("jobs[2].components.needed")).containsExactly("4");

        deliver("quality.holds.v1", bearing, HoldPlaced.newBuilder().setHoldId(UUID.randomUUID().toString()).setHoldNumber("HOLD-J1")
                .setItemCode(bearing).setReason("bearing noise").setPlacedBy("quality").setPlacedAt(Instant.now().toString())
                .build().toByteArray(), UUID.randomUUID().toString(), "io.forgeline.quality.hold-placed.v1");
        Eventually.within(Eventually.EVENT_APPLIED, () -> !jobsAt(workCenter).getList("jobs[1].holds").isEmpty(), "the hold on the jobs");

        JsonPath held = jobsAt(workCenter);
        assertThat(held.getList("jobs[1].holds.number")).containsExactly("HOLD-J1");
        assertThat(held.getList("jobs[2].holds.reason")).containsExactly("bearing noise");
        assertThat(held.getList("jobs[0].holds")).isEmpty();
        List<Object> none = held.getList("jobs[0].components");
        assertThat(none).isEmpty();
    }

    private static void alert(String item, String characteristic, int rule, String value, Instant raisedAt) {
        deliver("quality.spc-alerts.v1", item + "/" + characteristic, SpcAlertRaised.newBuilder().setAlertId(UUID.randomUUID().toString())
                .setItemCode(item).setCharacteristic(characteristic).setRule(rule).setRuleText("rule " + rule).setValue(value)
                .setLot("MO-X").setMeasuredAt(raisedAt.toString()).setRaisedAt(raisedAt.toString()).build().toByteArray(),
                UUID.randomUUID().toString(), "io.forgeline.quality.spc-alert-raised.v1");
    }

    @Test
    void each_job_shows_the_latest_five_spc_alerts_on_its_item_raised_within_the_window() {
        String workCenter = code("WC");
        publish(workCenter(workCenter, 1, Instant.now(), code("M")));
        String item = code("HOUSING");
        release(order(UUID.randomUUID(), code("MO"), Instant.now().plus(30, ChronoUnit.DAYS), workCenter).toBuilder().setItemCode(item).build());
        String other = code("SHAFT"); // not GEARBOX-A: quality's own tests raise alerts on it in the same broker
        release(order(UUID.randomUUID(), code("MO"), Instant.now().plus(31, ChronoUnit.DAYS), workCenter).toBuilder().setItemCode(other).build());
        Instant now = Instant.now();
        alert(item, "BORE", 1, "25.4", now.minus(9, ChronoUnit.HOURS)); // before the window of PT8H
        for (int i = 6; i >= 1; i--) {
            alert(item, i % 2 == 0 ? "BORE" : "DEPTH", i, "25." + i, now.minus(i, ChronoUnit.MINUTES));
        }

        JsonPath jobs = jobsAt(workCenter);

        assertThat(jobs.getList("jobs.itemCode")).containsExactly(item, other);
        assertThat(jobs.getList("jobs[0].spcAlerts.rule")).containsExactly(1, 2, 3, 4, 5);
        assertThat(jobs.getList("jobs[0].spcAlerts.characteristic")).containsExactly("DEPTH", "BORE", "DEPTH", "BORE", "DEPTH");
        assertThat(jobs.getString("jobs[0].spcAlerts[0].ruleText")).isEqualTo("rule 1");
        assertThat(jobs.getString("jobs[0].spcAlerts[0].value")).isEqualTo("25.1");
        assertThat(jobs.getString("jobs[0].spcAlerts[0].raisedAt")).isNotBlank();
        assertThat(jobs.getList("jobs[1].spcAlerts")).isEmpty();
    }
}
