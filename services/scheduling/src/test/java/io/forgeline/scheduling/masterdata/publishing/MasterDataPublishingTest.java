package io.forgeline.scheduling.masterdata.publishing;

import static io.forgeline.scheduling.masterdata.MasterDataApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.contracts.scheduling.v1.CalendarChanged;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.scheduling.v1.WorkCenterChanged;
import io.forgeline.scheduling.masterdata.calendars.CalendarEvents;
import io.forgeline.scheduling.masterdata.items.ItemEvents;
import io.forgeline.scheduling.masterdata.plant.WorkCenterEvents;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStack;
import io.forgeline.testing.LocalStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_scheduling_masterdata"))
class MasterDataPublishingTest {

    private static final String REPUBLISH = "/api/scheduling/master-data/republish";

    @Test
    void the_master_data_topics_are_compacted() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrap()))) {
            List<ConfigResource> topics = List.of(new ConfigResource(ConfigResource.Type.TOPIC, ItemEvents.TOPIC),
                    new ConfigResource(ConfigResource.Type.TOPIC, WorkCenterEvents.TOPIC),
                    new ConfigResource(ConfigResource.Type.TOPIC, CalendarEvents.TOPIC));
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get(20, TimeUnit.SECONDS);

            for (ConfigResource topic : topics) {
                assertEquals("compact", configs.get(topic).get("cleanup.policy").value(), topic.name());
            }
        }
    }

    @Test
    void the_first_start_publishes_the_demo_plant_that_sql_put_in() {
        // the demo data never went through REST; only the first start of this test database can have sent it
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();

        var item = KafkaProbe.await(ItemEvents.TOPIC, r -> "GEARBOX-A".equals(r.key()) && r.timestamp() >= started, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("GEARBOX-A was not published at start"));
        var workCenter = KafkaProbe.await(WorkCenterEvents.TOPIC, r -> "CNC-01".equals(r.key()) && r.timestamp() >= started,
                        Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("CNC-01 was not published at start"));

        var calendar = KafkaProbe.await(CalendarEvents.TOPIC, r -> "TWO-SHIFT".equals(r.key()) && r.timestamp() >= started,
                        Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("calendar STD-2SHIFT was not published at start"));

        assertEquals("Gearbox type A", parseItem(item.value()).getDescription());
        assertEquals(List.of("CNC-01-M1", "CNC-01-M2"),
                parseWorkCenter(workCenter.value()).getMachinesList().stream().map(m -> m.getCode()).toList());
        CalendarChanged snapshot = parseCalendar(calendar.value());
        assertEquals("Europe/Berlin", snapshot.getTimeZone());
        assertFalse(snapshot.getShiftsList().isEmpty(), "the calendar's shifts");
    }

    @Test
    void an_admin_republishes_every_item_and_work_center() {
        long asked = Instant.now().toEpochMilli();

        as("admin").when().post(REPUBLISH)
                .then().statusCode(200)
                .body("by", equalTo("admin"))
                .body("items", greaterThanOrEqualTo(4))
                .body("workCenters", greaterThanOrEqualTo(4))
                .body("calendars", greaterThanOrEqualTo(1));

        assertTrue(KafkaProbe.await(ItemEvents.TOPIC, r -> "BEARING-6204".equals(r.key()) && r.timestamp() >= asked,
                Duration.ofSeconds(20)).isPresent(), "BEARING-6204 was not republished");
        assertTrue(KafkaProbe.await(WorkCenterEvents.TOPIC, r -> "TST-01".equals(r.key()) && r.timestamp() >= asked,
                Duration.ofSeconds(20)).isPresent(), "TST-01 was not republished");
    }

    @Test
    void only_an_admin_may_republish() {
        as("planner").when().post(REPUBLISH).then().statusCode(403).contentType("application/problem+json");
    }

    private static ItemChanged parseItem(byte[] value) {
        try {
            return ItemChanged.parseFrom(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static WorkCenterChanged parseWorkCenter(byte[] value) {
        try {
            return WorkCenterChanged.parseFrom(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CalendarChanged parseCalendar(byte[] value) {
        try {
            return CalendarChanged.parseFrom(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
