package io.forgeline.quality.inspectionplan;

public enum InspectionType {
    INCOMING, IN_PROCESS, FINAL
}
