package io.forgeline.scheduling.planning;

import java.time.Duration;

/** A better schedule was found: when (since the solve started) and what it costs. */
public record Progress(Duration elapsed, Objectives objectives) {}
