package io.forgeline.platform.deadletters;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads this service's dead-letter topic from the beginning, on demand, without a consumer group: nothing
 * is committed, so reading never hides a record from the next reader.
 */
@ApplicationScoped
class DeadLetterLog {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final Map<String, Object> kafka;
    private final String topic;

    DeadLetterLog(@Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "forgeline.consumer.group") String group) {
        this.kafka = kafka;
        this.topic = DeadLetterHeaders.topicOf(group);
    }

    String topic() {
        return topic;
    }

    /**
     * Every parked record, oldest first. Reading is blocking work for a worker thread; the answer comes back
     * on the caller's Vert.x context, where a replay's transaction must run.
     */
    Uni<List<DeadLetter>> all() {
        Context caller = Vertx.currentContext();
        Uni<List<DeadLetter>> read = Uni.createFrom().item(this::read).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return caller == null ? read : read.emitOn(next -> caller.runOnContext(v -> next.run()));
    }

    private List<DeadLetter> read() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // asking about a topic must not create it
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "forgeline-dead-letters");
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, LIMIT);
            if (partitions == null || partitions.isEmpty()) {
                return letters;
            }
            List<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> end = consumer.endOffsets(all, LIMIT);
            Instant deadline = Instant.now().plus(LIMIT);
            while (!readTo(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + LIMIT.toSeconds() + " s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        letters.add(DeadLetter.of(record));
                    }
                }
            }
        }
        letters.sort(java.util.Comparator.comparing(DeadLetter::parkedAt).thenComparing(DeadLetter::id));
        return letters;
    }

    private static boolean readTo(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
