package io.forgeline.platform.faults;

/** Marks a failure no retry can cure: the domain's refusals and events that can never be applied. */
public interface Permanent {
}
