package io.forgeline.quality.inspectionplan;

/** How serious a nonconformity of a characteristic is; the switching rules run per class. */
public enum DefectClass {
    CRITICAL, MAJOR, MINOR
}
