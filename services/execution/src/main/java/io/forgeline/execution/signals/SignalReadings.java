package io.forgeline.execution.signals;

import io.forgeline.execution.plant.PlantModel;
import io.forgeline.execution.signals.SignalStore.Reading;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A machine's stored readings for charts, bounded. */
@ApplicationScoped
public class SignalReadings {

    /** Most points one answer carries: a day of one sensor at 1 Hz is 86,400, so charts ask for windows or one sensor. */
    public static final int MOST = 10_000;

    private final PlantModel plant;
    private final SignalStore store;

    SignalReadings(PlantModel plant, SignalStore store) {
        this.plant = plant;
        this.store = store;
    }

    /** @param truncated more readings lie in the window than {@link #MOST}: the first ones are given */
    public record Readings(String machineCode, Instant from, Instant to, List<Reading> readings, boolean truncated) {
    }

    public Uni<Readings> of(String machineCode, Instant from, Instant to, Optional<String> sensor) {
        return plant.machine(machineCode)
                .map(found -> found.orElseThrow(() -> new NotFound("machine", machineCode)))
                .flatMap(machine -> Panache.withSession(() -> store.readings(machineCode, from, to, sensor.orElse(null), MOST)))
                .map(readings -> new Readings(machineCode, from, to, readings.size() > MOST ? readings.subList(0, MOST) : readings,
                        readings.size() > MOST));
    }
}
