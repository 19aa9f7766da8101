package io.forgeline.execution.oee;

import java.time.Instant;

/** A shift or a day the OEE is given for, [from, to); {@code shift} names the calendar's shift, null for a day. */
public record Period(Instant from, Instant to, String shift) {
}
