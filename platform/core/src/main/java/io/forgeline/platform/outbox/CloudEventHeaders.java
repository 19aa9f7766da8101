package io.forgeline.platform.outbox;

/** Kafka header names of the CloudEvents binary mode and W3C trace context. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    /** Payloads are protobuf messages from api-contracts. */
    public static final String PROTOBUF = "application/protobuf";

    private CloudEventHeaders() {
    }
}
