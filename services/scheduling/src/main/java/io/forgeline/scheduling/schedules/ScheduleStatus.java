package io.forgeline.scheduling.schedules;

import java.util.EnumSet;
import java.util.Set;

public enum ScheduleStatus {
    REQUESTED, SOLVING, SOLVED, PUBLISHED, SUPERSEDED, FAILED;

    Set<ScheduleStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(SOLVING, FAILED);
            case SOLVING -> EnumSet.of(SOLVED, FAILED);
            case SOLVED -> EnumSet.of(PUBLISHED, SUPERSEDED);
            case PUBLISHED -> EnumSet.of(SUPERSEDED);
            case SUPERSEDED, FAILED -> EnumSet.noneOf(ScheduleStatus.class);
        };
    }
}
