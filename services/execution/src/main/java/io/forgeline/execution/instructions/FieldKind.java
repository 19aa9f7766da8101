package io.forgeline.execution.instructions;

/** What a data-collection field takes: a decimal measurement (with optional limits) or a tick. */
public enum FieldKind {
    MEASUREMENT,
    CHECKBOX
}
