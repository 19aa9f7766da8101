package io.forgeline.execution.reasons;

/** What a reason code explains. */
public enum ReasonKind {
    /** why pieces were scrapped */
    SCRAP,
    /** why pieces go to rework */
    REWORK,
    /** why an operator paused an operation */
    PAUSE,
    /** why a machine stood */
    DOWNTIME
}
