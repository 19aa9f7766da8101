package io.forgeline.platform.inbox;

/** A poison message: retrying cannot help, so it goes straight to the dead-letter topic. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message) {
        super(message);
    }

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
