package io.forgeline.platform.deadletters;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Parks a record on the consumer group's dead-letter topic; the Uni completes once the broker has it. */
@ApplicationScoped
public class Parking {

    /** Enough to read the reason; a stack trace belongs in the log, not in every parked record. */
    private static final int MESSAGE_LIMIT = 2_000;

    private final MutinyEmitter<byte[]> kafka;
    private final String group;
    private final Clock clock;

    Parking(@Channel("dead-letters") MutinyEmitter<byte[]> kafka,
            @ConfigProperty(name = "forgeline.consumer.group") String group, Clock clock) {
        this.kafka = kafka;
        this.group = group;
        this.clock = clock;
    }

    public Uni<Void> park(ConsumerRecord<String, byte[]> record, Throwable why) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dlq.") && !header.key().equals(DeadLetterHeaders.REPLAY)) {
                headers.add(header);
            }
        }
        String message = String.valueOf(why.getMessage());
        headers.add(DeadLetterHeaders.EXCEPTION, why.getClass().getName().getBytes(UTF_8));
        headers.add(DeadLetterHeaders.MESSAGE, (message.length() > MESSAGE_LIMIT ? message.substring(0, MESSAGE_LIMIT) : message).getBytes(UTF_8));
        headers.add(DeadLetterHeaders.ORIGINAL_TOPIC, record.topic().getBytes(UTF_8));
        headers.add(DeadLetterHeaders.ORIGINAL_PARTITION, Integer.toString(record.partition()).getBytes(UTF_8));
        headers.add(DeadLetterHeaders.ORIGINAL_OFFSET, Long.toString(record.offset()).getBytes(UTF_8));
        headers.add(DeadLetterHeaders.GROUP, group.getBytes(UTF_8));
        headers.add(DeadLetterHeaders.PARKED_AT, clock.instant().toString().getBytes(UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(DeadLetterHeaders.topicOf(group))
                .withKey(record.key())
                .withHeaders(headers)
                .build();
        if (record.value() == null) {
            headers.add(DeadLetterHeaders.NO_PAYLOAD, new byte[0]);
        }
        byte[] payload = record.value() == null ? new byte[0] : record.value();
        return kafka.sendMessage(Message.of(payload).addMetadata(metadata));
    }
}
