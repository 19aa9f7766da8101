package io.forgeline.scheduling.schedules;

import io.forgeline.scheduling.planning.PlanningRun;

/** A solve running in this process: the run and the snapshot that maps its operations back to orders. */
record ActiveSolve(PlanningRun run, PlantSnapshot snapshot) {
}
