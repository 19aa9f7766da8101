package io.forgeline.platform.faults;

/** What a failure says about trying again. */
public enum Fault {
    /** The dependency is away or lost a race: the same attempt later succeeds. Never a reason to give up. */
    TRANSIENT,
    /** The message itself can never be applied (unreadable, invalid, refused by a business rule). */
    PERMANENT,
    /** Neither known to pass nor known to stay: try a few times, then ask whether the dependencies answer. */
    UNKNOWN
}
