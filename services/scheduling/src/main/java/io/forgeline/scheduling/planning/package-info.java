/**
 * Planning: the finite-capacity scheduler. A {@link io.forgeline.scheduling.planning.Plant} (machines with
 * shift calendars, production orders with their operations, setup times between product families) goes in;
 * a {@link io.forgeline.scheduling.planning.Schedule} (every operation on a machine with setup, start and
 * end) comes out. {@link io.forgeline.scheduling.planning.ProductionScheduler} solves asynchronously with a
 * time limit on Timefold Solver (dispatching construction, then a critical-path tabu search), can be stopped
 * early, always has the best schedule so far and reports progress; it also reschedules with started
 * operations pinned and a frozen horizon. {@link io.forgeline.scheduling.planning.ScheduleVerifier} checks
 * any schedule independently of the solver. Plain Java, no I/O: the service's resources and the benchmark
 * (bench/schedule) both call it.
 */
package io.forgeline.scheduling.planning;
