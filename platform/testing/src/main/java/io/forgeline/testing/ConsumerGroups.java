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
 * service under test would apply, or park on its dead-letter topic, the whole history of the machine. A group
 * an earlier run of the same checkout left behind is no better: its database is new, and everything other runs
 * published since would be applied first. So before the service starts, every partition is set to its current
 * end: the service sees what is published from now on, as it would on a fresh broker.
 */
public final class ConsumerGroups {

    private static final Set<String> PLACED = ConcurrentHashMap.newKeySet();

    private ConsumerGroups() {
    }

    /**
     * Every partition of {@code group} at its current end, offsets from an earlier run included: for a run on a
     * fresh database, whose inbox knows nothing of what an earlier run consumed (resuming would apply, or park,
     * whatever other tests published in between). Call before any member runs; once per JVM is enough, later
     * calls do nothing. A group that has members already has its positions and is left as it is.
     */
    public static void startAtEndAfresh(String group) {
        if (!PLACED.add(group)) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrap()))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            if (topics.isEmpty()) {
                return;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> {
                        TopicPartition partition = new TopicPartition(topic, p.partition());
                        latest.put(partition, OffsetSpec.latest());
                    }));
            if (latest.isEmpty()) {
                return;
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
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
