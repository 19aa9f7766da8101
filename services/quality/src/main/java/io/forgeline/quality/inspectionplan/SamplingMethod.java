package io.forgeline.quality.inspectionplan;

/** How many units of a lot a characteristic is checked on: by AQL and inspection level, a fixed number, or all. */
public enum SamplingMethod {
    AQL, FIXED, FULL
}
