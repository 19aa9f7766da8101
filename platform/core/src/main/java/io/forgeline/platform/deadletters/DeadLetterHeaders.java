package io.forgeline.platform.deadletters;

/**
 * Headers a parked record carries besides its original ones (key, payload and CloudEvents headers are
 * kept as they were, so a replay is the original record).
 */
public final class DeadLetterHeaders {

    /** The failure's class, e.g. io.forgeline.platform.inbox.PoisonEvent. */
    public static final String EXCEPTION = "dlq.exception";
    /** What went wrong, in the failure's own words. */
    public static final String MESSAGE = "dlq.message";
    public static final String ORIGINAL_TOPIC = "dlq.original-topic";
    public static final String ORIGINAL_PARTITION = "dlq.original-partition";
    public static final String ORIGINAL_OFFSET = "dlq.original-offset";
    /** The consumer group that could not apply it (the topic is named after it too). */
    public static final String GROUP = "dlq.group";
    public static final String PARKED_AT = "dlq.parked-at";
    /** The original record had no payload at all (Kafka allows that; the parked copy carries zero bytes). */
    public static final String NO_PAYLOAD = "dlq.no-payload";
    /**
     * Set in memory only, on a record handed to a consumer by a replay: the consumer makes one attempt and
     * reports a failure to the one replaying instead of parking the record a second time.
     */
    public static final String REPLAY = "forgeline.replay";

    private DeadLetterHeaders() {
    }

    /** The dead-letter topic of a consumer group. */
    public static String topicOf(String group) {
        return "dlq." + group;
    }
}
