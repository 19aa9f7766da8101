package io.forgeline.scheduling.schedules;

/** Why a schedule was made: a planner's solve, an automatic reschedule, or a planner's what-if. */
public enum ScheduleKind {
    SOLVE, MACHINE_DOWN, MACHINE_UP, RUSH_ORDER, MATERIAL_LATE, SIMULATION
}
