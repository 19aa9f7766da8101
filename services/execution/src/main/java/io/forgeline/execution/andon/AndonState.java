package io.forgeline.execution.andon;

/** OPEN until someone takes it on (ACKNOWLEDGED), RESOLVED at the end; an OPEN andon may be resolved at once. */
public enum AndonState {
    OPEN, ACKNOWLEDGED, RESOLVED
}
