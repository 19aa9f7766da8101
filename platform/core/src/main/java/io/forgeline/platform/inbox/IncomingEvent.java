package io.forgeline.platform.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Parser;
import io.forgeline.platform.outbox.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A Kafka record read as a CloudEvent: the attributes from the headers, the protobuf payload as bytes. */
public record IncomingEvent(String id, String type, String source, String topic, String key, byte[] payload) {

    static IncomingEvent of(ConsumerRecord<String, byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null || record.value() == null) {
            throw new PoisonEvent("record " + record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " has no ce_id, ce_type or payload");
        }
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE), record.topic(), record.key(),
                record.value());
    }

    /** Reads the payload; a payload that does not parse is poison, not a reason to retry. */
    public <T> T payload(Parser<T> parser) {
        try {
            return parser.parseFrom(payload);
        } catch (InvalidProtocolBufferException unreadable) {
            throw new PoisonEvent("event " + id + " (" + type + ") has an unreadable payload", unreadable);
        }
    }

    /** A header of the record as text; null when it has none. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
