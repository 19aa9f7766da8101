package io.forgeline.execution.instructions;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.Problem.FieldError;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The work instructions of items' routing operations: defined whole by planners, read by terminals. */
@ApplicationScoped
public class WorkInstructions {

    private final InstructionImages images;
    private final Clock clock;

    WorkInstructions(InstructionImages images, Clock clock) {
        this.images = images;
        this.clock = clock;
    }

    /** What {@link #define} did: created the operation's instruction, or replaced the one it had. */
    record Defined(WorkInstruction instruction, boolean created) {
    }

    /**
     * Creates or replaces the operation's instruction whole, in one transaction; 422 naming the step whose image nobody
     * uploaded.
     */
    Uni<Defined> define(String itemCode, int sequence, InstructionContent content, List<DefineWorkInstruction.ImageRef> imageRefs,
            Actor actor) {
        return Panache.withTransaction(() -> images.missing(imageRefs.stream().map(DefineWorkInstruction.ImageRef::name).distinct().toList())
                .invoke(missing -> {
                    List<FieldError> errors = imageRefs.stream().filter(ref -> missing.contains(ref.name()))
                            .map(ref -> new FieldError(ref.at(), "image " + ref.name() + " has not been uploaded: PUT it to "
                                    + "/api/execution/work-instruction-images/" + ref.name() + " first"))
                            .toList();
                    if (!errors.isEmpty()) {
                        throw FieldErrors.refused(errors);
                    }
                })
                .flatMap(checked -> find(itemCode, sequence))
                .flatMap(found -> {
                    WorkInstruction instruction = found.orElseGet(() -> WorkInstruction.of(itemCode, sequence));
                    instruction.replace(content, actor.name(), clock.instant());
                    return instruction.<WorkInstruction>persist().map(saved -> new Defined(saved, found.isEmpty()));
                }));
    }

    Uni<WorkInstruction> one(String itemCode, int sequence) {
        return Panache.withSession(() -> find(itemCode, sequence)).map(found -> found.orElseThrow(() -> new NotFound("work instruction",
                "for operation " + sequence + " of " + itemCode)));
    }

    /** The instruction of the item's operation, if it has one. In the caller's session. */
    public Uni<Optional<WorkInstruction>> find(String itemCode, int sequence) {
        return WorkInstruction.<WorkInstruction>find("itemCode = ?1 and operationSequence = ?2", itemCode, sequence).firstResult()
                .map(Optional::ofNullable);
    }

    /** The instructions of these operations of the item. In the caller's session. */
    public Uni<List<WorkInstruction>> of(String itemCode, Collection<Integer> sequences) {
        return sequences.isEmpty() ? Uni.createFrom().item(List.of())
                : WorkInstruction.list("itemCode = ?1 and operationSequence in ?2", itemCode, sequences);
    }
}
