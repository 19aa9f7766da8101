package io.forgeline.scheduling.schedules;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The scheduler counts whole minutes from an origin (the moment planning starts); the rest of the world
 * speaks instants. The horizon is how far calendars are laid out exactly (daylight-saving changes included);
 * beyond it they repeat.
 */
public record TimeAxis(Instant origin, Instant horizonEnd) {

    public TimeAxis {
        origin = origin.truncatedTo(ChronoUnit.MINUTES);
        horizonEnd = horizonEnd.truncatedTo(ChronoUnit.MINUTES);
        if (!horizonEnd.isAfter(origin)) {
            throw new IllegalArgumentException("the horizon must end after it starts");
        }
    }

    public long minutes(Instant t) {
        return Math.floorDiv(Duration.between(origin, t).getSeconds(), 60);
    }

    /** For "not before": the first whole minute at or after t. */
    public long minutesNotBefore(Instant t) {
        return Math.floorDiv(Duration.between(origin, t).getSeconds() + 59, 60);
    }

    public Instant instant(long minutes) {
        return origin.plus(minutes, ChronoUnit.MINUTES);
    }

    public long horizonMinutes() {
        return minutes(horizonEnd);
    }
}
