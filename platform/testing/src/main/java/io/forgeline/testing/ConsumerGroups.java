package io.forgeline.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;

/**
 * Where a test's consumer group starts. A group new to a broker that other checkouts and earlier runs have
 * filled (this checkout's first run, a fresh clone in CI) would read every topic from its beginning, and a
 * service under test would apply, or park on its dead-letter topic, the whole history of the machine. So
 * before the service starts, every partition the group has no offset for yet is set to its current end:
 * the service sees what is published from now on, as it would on a fresh broker, and a later run of the
 * same checkout resumes where this one stopped.
 */
public final class ConsumerGroups {

    private static final Set<String> PLACED = ConcurrentHashMap.newKeySet();

    private ConsumerGroups() {
    }

    /**
     * Call before a member of {@code group} runs (a test resource's start, before the processes start); once
     * per JVM is enough, later calls do nothing. A group that has members already has its positions and is
     * left as it is.
     */
    public static void startAtEnd(String group) {
        place(group, false);
    }

    /**
     * Every partition of {@code group} at its current end, offsets from an earlier run included: for a run on a
     * fresh database, whose inbox knows nothing of what an earlier run consumed (resuming would apply, or park,
     * whatever other tests published in between). Call before any member runs.
     */
    public static void startAtEndAfresh(String group) {
        place(group, true);
    }

    private static void place(String group, boolean evenWhereCommitted) {
        if (!PLACED.add(group)) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrap()))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            if (topics.isEmpty()) {
                return;
            }
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> unset = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> {
                        TopicPartition partition = new TopicPartition(topic, p.partition());
                        if (evenWhereCommitted || committed.get(partition) == null) {
                            unset.put(partition, OffsetSpec.latest());
                        }
                    }));
            if (unset.isEmpty()) {
                return;
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(unset).all().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            ends.forEach((partition, end) -> start.put(partition, new OffsetAndMetadata(end.offset())));
            admin.alterConsumerGroupOffsets(group, start).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupNotEmptyException) {
                return;
            }
            throw new IllegalStateException("cannot set where consumer group " + group + " starts", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot set where consumer group " + group + " starts", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting where consumer group " + group + " starts", e);
        }
    }
}
