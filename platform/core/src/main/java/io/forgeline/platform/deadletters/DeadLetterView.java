package io.forgeline.platform.deadletters;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/** What an administrator sees of a dead letter: why it was parked and what became of it. */
public record DeadLetterView(String id, Status status, String originalTopic, int originalPartition, long originalOffset,
                             String group, String key, String ceId, String ceType, String exception, String message,
                             Instant parkedAt, Replay lastReplay, Map<String, String> headers, String payloadBase64) {

    public enum Status {
        /** Waiting for someone to look at it. */
        PARKED,
        /** Replayed and applied (or found applied already). */
        REPLAYED,
        /** Replayed and refused again: still parked. */
        FAILED_AGAIN
    }

    public record Replay(Instant at, String by, String outcome, String detail) {
    }

    static DeadLetterView of(DeadLetter letter, Replay replay) {
        Status status = replay == null ? Status.PARKED : "REPLAYED".equals(replay.outcome()) ? Status.REPLAYED : Status.FAILED_AGAIN;
        return new DeadLetterView(letter.id(), status, letter.originalTopic(), letter.originalPartition(), letter.originalOffset(),
                letter.group(), letter.key(), letter.ceId(), letter.ceType(), letter.exception(), letter.message(),
                letter.parkedAt(), replay, letter.headers(),
                letter.noPayload() ? null : Base64.getEncoder().encodeToString(letter.payload()));
    }

    /** The list leaves out headers and payload; {@code GET .../{id}} has them. */
    DeadLetterView summary() {
        return new DeadLetterView(id, status, originalTopic, originalPartition, originalOffset, group, key, ceId, ceType, exception,
                message, parkedAt, lastReplay, null, null);
    }
}
