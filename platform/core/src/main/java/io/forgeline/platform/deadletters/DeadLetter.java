package io.forgeline.platform.deadletters;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.forgeline.platform.outbox.CloudEventHeaders;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * One parked record as read back from the dead-letter topic. Its id is its place there,
 * {@code <partition>-<offset>}, which never changes.
 */
public record DeadLetter(String id, String originalTopic, int originalPartition, long originalOffset, String group,
                         String key, String ceId, String ceType, String exception, String message, Instant parkedAt,
                         Map<String, String> headers, byte[] payload, boolean noPayload) {

    static DeadLetter of(ConsumerRecord<String, byte[]> parked) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : parked.headers()) {
            headers.put(header.key(), header.value() == null ? "" : new String(header.value(), UTF_8));
        }
        return new DeadLetter(idOf(parked.partition(), parked.offset()),
                headers.getOrDefault(DeadLetterHeaders.ORIGINAL_TOPIC, ""),
                parse(headers.get(DeadLetterHeaders.ORIGINAL_PARTITION), -1),
                parse(headers.get(DeadLetterHeaders.ORIGINAL_OFFSET), -1L),
                headers.get(DeadLetterHeaders.GROUP), parked.key(),
                headers.get(CloudEventHeaders.ID), headers.get(CloudEventHeaders.TYPE),
                headers.get(DeadLetterHeaders.EXCEPTION), headers.get(DeadLetterHeaders.MESSAGE),
                headers.containsKey(DeadLetterHeaders.PARKED_AT) ? Instant.parse(headers.get(DeadLetterHeaders.PARKED_AT))
                        : Instant.ofEpochMilli(parked.timestamp()),
                headers, parked.value(), headers.containsKey(DeadLetterHeaders.NO_PAYLOAD));
    }

    static String idOf(int partition, long offset) {
        return partition + "-" + offset;
    }

    /**
     * The record as its consumer first received it (same topic, partition, offset, key, headers and
     * payload), marked as a replay.
     */
    ConsumerRecord<String, byte[]> asOriginal() {
        Headers original = new RecordHeaders();
        headers.forEach((name, value) -> {
            if (!name.startsWith("dlq.")) {
                original.add(name, value.getBytes(UTF_8));
            }
        });
        original.add(DeadLetterHeaders.REPLAY, id.getBytes(UTF_8));
        return new ConsumerRecord<>(originalTopic, originalPartition, originalOffset, parkedAt.toEpochMilli(),
                org.apache.kafka.common.record.TimestampType.CREATE_TIME, -1, -1, key, noPayload ? null : payload,
                original, java.util.Optional.empty());
    }

    private static int parse(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException unreadable) {
            return fallback;
        }
    }

    private static long parse(String text, long fallback) {
        try {
            return text == null ? fallback : Long.parseLong(text);
        } catch (NumberFormatException unreadable) {
            return fallback;
        }
    }
}
