/**
 * The plant as scheduling describes it: work centers and their machines, kept as a local read model from
 * {@code scheduling.work-centers.v1}. Other features ask {@link io.forgeline.execution.plant.PlantModel}
 * whether a machine exists and where it stands; nothing here is edited through execution's API.
 */
package io.forgeline.execution.plant;
