package io.forgeline.execution;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.MachineSchedulePublished;
import io.forgeline.contracts.scheduling.v1.MachineSummary;
import io.forgeline.contracts.scheduling.v1.PlannedOperation;
import io.forgeline.contracts.scheduling.v1.ProductionOrderCancelled;
import io.forgeline.contracts.scheduling.v1.ProductionOrderReleased;
import io.forgeline.contracts.scheduling.v1.ScheduledOperation;
import io.forgeline.contracts.scheduling.v1.WorkCenterChanged;
import io.forgeline.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What scheduling would publish, delivered to the real Kafka, and a way to know execution has handled it:
 * {@link #deliver} waits until execution's consumer group has committed past the record, which it does
 * only after the effect's transaction (or the skip of a duplicate, or the parking of a poison event).
 */
public final class ShopFloorEvents {

    public static final String ORDERS = "scheduling.production-orders.v1";
    public static final String RELEASED = "io.forgeline.scheduling.production-order.released.v1";
    public static final String CANCELLED = "io.forgeline.scheduling.production-order.cancelled.v1";
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

    /** Scheduling's cancellation of a released order. */
    public static ProductionOrderCancelled cancellation(ProductionOrderReleased order) {
        return ProductionOrderCancelled.newBuilder().setOrderId(order.getOrderId()).setOrderNumber(order.getOrderNumber())
                .setItemCode(order.getItemCode()).setPreviousStatus("SCHEDULED").setCancelledBy("planner")
                .setCancelledAt(Instant.now().toString()).build();
    }

    /** Cancels the order and waits until execution has handled it. */
    public static void cancel(ProductionOrderReleased order) {
        deliver(ORDERS, order.getOrderId(), cancellation(order).toByteArray(), UUID.randomUUID().toString(), CANCELLED);
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
        KafkaProbe.deliver(topic, key, payload, KafkaProbe.cloudEvent(eventId, type), group(), HANDLED_WITHIN);
    }

    /** The consumer group of the service under test (per checkout in tests). */
    private static String group() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("forgeline.consumer.group", String.class);
    }
}
