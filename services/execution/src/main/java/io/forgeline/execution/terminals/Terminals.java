package io.forgeline.execution.terminals;

import io.forgeline.execution.plant.PlantModel;
import io.forgeline.execution.plant.WorkCenter;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The register of terminals and the places they are bound to. */
@ApplicationScoped
public class Terminals {

    private final PlantModel plant;
    private final Clock clock;

    Terminals(PlantModel plant, Clock clock) {
        this.plant = plant;
        this.clock = clock;
    }

    /** A registration and whether it made a new terminal (false: it moved or renamed one). */
    public record Registered(Terminal terminal, boolean created) {
    }

    /**
     * Binds a terminal to a work center of the plant model, and to one of its machines when named (422 naming the
     * field otherwise). Registering again moves or renames it.
     */
    public Uni<Registered> register(String code, RegisterTerminal command, Actor actor) {
        command.check();
        return plant.machines(Optional.of(command.workCenterCode().trim()))
                .flatMap(machines -> Panache.withTransaction(() -> WorkCenter.<WorkCenter>findById(command.workCenterCode().trim())
                        .flatMap(center -> {
                            if (center == null) {
                                throw new RuleViolation("workCenterCode", "work center " + command.workCenterCode().trim()
                                        + " is not in the plant model");
                            }
                            command.machine().ifPresent(machine -> {
                                if (machines.stream().noneMatch(m -> m.code.equals(machine))) {
                                    throw new RuleViolation("machineCode", "machine " + machine + " is not a machine of work center "
                                            + center.code);
                                }
                            });
                            return Terminal.<Terminal>findById(code).flatMap(held -> {
                                Terminal terminal = held != null ? held : new Terminal();
                                terminal.code = code;
                                terminal.name = command.name().trim();
                                terminal.workCenterCode = center.code;
                                terminal.machineCode = command.machine().orElse(null);
                                terminal.registeredAt = clock.instant();
                                terminal.registeredBy = actor.name();
                                return (held != null ? Uni.createFrom().item(terminal) : terminal.<Terminal>persist())
                                        .map(saved -> new Registered(saved, held == null));
                            });
                        })));
    }

    /** A registered terminal; 404 naming it otherwise. */
    public Uni<Terminal> find(String code) {
        return Panache.withSession(() -> Terminal.<Terminal>findById(code)).map(terminal -> {
            if (terminal == null) {
                throw new NotFound("terminal", code + " (a planner or an administrator registers it at its work center)");
            }
            return terminal;
        });
    }

    public Uni<List<Terminal>> all() {
        return Panache.withSession(() -> Terminal.<Terminal>listAll(Sort.ascending("workCenterCode", "code")));
    }
}
