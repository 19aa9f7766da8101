package io.forgeline.execution.andon;

/** What the operator calls for with one touch. */
public enum AndonKind {
    /** material is missing or wrong at the work center */
    MATERIAL,
    /** a quality problem: parts out of tolerance, a doubtful lot */
    QUALITY,
    /** the machine needs maintenance */
    MAINTENANCE,
    /** anything else: someone should come */
    HELP
}
