package io.forgeline.execution;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.MachineSchedulePublished;
import io.forgeline.contracts.scheduling.v1.MachineSummary;
import io.forgeline.contracts.scheduling.v1.PlannedOperation;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.contracts.scheduling.v1.ScheduledOperation;
import io.forgeline.contracts.scheduling.v1.WorkCenterChanged;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStack;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What scheduling would publish, delivered to the real Kafka, and a way to know execution has handled it:
 * {@link #deliver} waits until execution's consumer group has committed past the record, which it does
 * only after the effect's transaction (or the skip of a duplicate, or the parking of a poison event).
 */
public final class ShopFloorEvents {

    public static final String ORDERS = "scheduling.production-orders.v1";
    public static final String RELEASED = "io.forgeline.scheduling.production-order.released.v1";
    public static final String WORK_CENTERS = "scheduling.work-centers.v1";
    public static final String WORK_CENTER_CHANGED = "io.forgeline.scheduling.work-center.changed.v1";
    public static final String SCHEDULES = "scheduling.schedules.v1";
    public static final String SCHEDULE_PUBLISHED = "io.forgeline.scheduling.machine-schedule.published.v1";

    private static final Duration HANDLED_WITHIN = Duration.ofSeconds(30);

    private ShopFloorEvents() {
    }

    /** A code no other test (or earlier run against the same broker) uses. */
    public static String code(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36).toUpperCase();
    }

    public static ProductionOrderReleased order(UUID orderId, String number, Instant dueDate, String... workCenters) {
        ProductionOrderReleased.Builder order = ProductionOrderReleased.newBuilder()
                .setOrderId(orderId.toString())
                .setOrderNumber(number)
                .setItemCode("GEARBOX-A")
                .setQuantity(Quantity.newBuilder().setAmount("50").setUnit("PCE"))
                .setDueDate(dueDate.toString())
                .setReleasedBy("planner")
                .setReleasedAt(Instant.now().toString());
        for (int i = 0; i < workCenters.length; i++) {
            order.addOperations(PlannedOperation.newBuilder().setSequence(10 * (i + 1)).setWorkCenterCode(workCenters[i])
                    .setDescription("step " + (i + 1)).setSetupMinutes(30).setRunMinutes("225"));
        }
        return order.build();
    }

    /** Releases the order and waits until execution has queued it. */
    public static void release(ProductionOrderReleased order) {
        deliver(ORDERS, order.getOrderId(), order.toByteArray(), UUID.randomUUID().toString(), RELEASED);
    }

    public static WorkCenterChanged workCenter(String code, long version, Instant changedAt, String... machines) {
        WorkCenterChanged.Builder center = WorkCenterChanged.newBuilder().setCode(code).setName("Work center " + code)
                .setVersion(version).setChangedAt(changedAt.toString());
        for (String machine : machines) {
            center.addMachines(MachineSummary.newBuilder().setCode(machine).setName("Machine " + machine + " v" + version)
                    .setCalendarCode("TWO-SHIFT"));
        }
        return center.build();
    }

    /** Publishes the work center and waits until execution has handled it. */
    public static void publish(WorkCenterChanged center) {
        publish(center, UUID.randomUUID().toString());
    }

    public static void publish(WorkCenterChanged center, String eventId) {
        deliver(WORK_CENTERS, center.getCode(), center.toByteArray(), eventId, WORK_CENTER_CHANGED);
    }

    public static ScheduledOperation planned(ProductionOrderReleased order, int sequence, Instant start, Duration length) {
        return ScheduledOperation.newBuilder().setOrderId(order.getOrderId()).setOrderNumber(order.getOrderNumber())
                .setItemCode(order.getItemCode()).setOperationSequence(sequence)
                .setSetupStart(start.minus(Duration.ofMinutes(30)).toString())
                .setStart(start.toString()).setEnd(start.plus(length).toString()).build();
    }

    public static MachineSchedulePublished schedule(String machine, String workCenter, Instant publishedAt,
            ScheduledOperation... operations) {
        return MachineSchedulePublished.newBuilder().setScheduleId(UUID.randomUUID().toString())
                .setPublishedAt(publishedAt.toString()).setMachineCode(machine).setWorkCenterCode(workCenter)
                .addAllOperations(java.util.List.of(operations)).build();
    }

    /** Publishes a machine's schedule and waits until execution has handled it. */
    public static void publish(MachineSchedulePublished schedule) {
        publish(schedule, UUID.randomUUID().toString());
    }

    public static void publish(MachineSchedulePublished schedule, String eventId) {
        deliver(SCHEDULES, schedule.getMachineCode(), schedule.toByteArray(), eventId, SCHEDULE_PUBLISHED);
    }

    /** Sends one CloudEvents record and waits until execution's consumer group has committed past it. */
    public static void deliver(String topic, String key, byte[] payload, String eventId, String type) {
        RecordMetadata sent = send(topic, key, payload, KafkaProbe.cloudEvent(eventId, type));
        TopicPartition partition = new TopicPartition(topic, sent.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrap()))) {
            Eventually.within(HANDLED_WITHIN, () -> committed(admin, partition) > sent.offset(),
                    "execution handled " + topic + "/" + sent.partition() + "@" + sent.offset());
        }
    }

    private static RecordMetadata send(String topic, String key, byte[] payload, Map<String, String> headers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
            headers.forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send a test record to " + topic, e);
        }
    }

    /** The consumer group of the service under test (per checkout in tests). */
    private static String group() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class);
    }

    private static long committed(Admin admin, TopicPartition partition) {
        try {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group()).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS).get(partition);
            return offset == null ? -1 : offset.offset();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of consumer group " + group(), e);
        }
    }
}
