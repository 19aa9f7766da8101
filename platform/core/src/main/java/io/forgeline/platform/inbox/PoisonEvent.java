package io.forgeline.platform.inbox;

import io.forgeline.platform.faults.Permanent;

/** An event that can never be applied (unreadable, or naming what does not exist): retrying cannot help, so it goes straight to the dead-letter topic. */
public class PoisonEvent extends RuntimeException implements Permanent {

    public PoisonEvent(String message) {
        super(message);
    }

    public PoisonEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
