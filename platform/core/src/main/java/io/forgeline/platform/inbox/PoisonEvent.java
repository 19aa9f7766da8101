package io.forgeline.platform.inbox;

/** An event that can never be applied (unreadable, or naming what does not exist): retrying cannot help, so it goes straight to the dead-letter topic. */
public class PoisonEvent extends RuntimeException {

    public PoisonEvent(String message) {
        super(message);
    }

    public PoisonEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
