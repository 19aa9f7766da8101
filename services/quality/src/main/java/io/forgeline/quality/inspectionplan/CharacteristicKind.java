package io.forgeline.quality.inspectionplan;

/** Judged as conforming or not (attributes), or measured against its limits (variables). */
public enum CharacteristicKind {
    ATTRIBUTE, VARIABLE
}
