package io.forgeline.execution.instructions;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** Work instructions per routing operation of an item: planners define them, terminals read them. */
@Path("/api/execution/work-instructions/{itemCode}/{sequence}")
@Produces(MediaType.APPLICATION_JSON)
public class WorkInstructionResource {

    private final WorkInstructions instructions;
    private final CurrentActor actor;

    WorkInstructionResource(WorkInstructions instructions, CurrentActor actor) {
        this.instructions = instructions;
        this.actor = actor;
    }

    /**
     * {@code {"steps":[…],"fields":[…]}} → 201 when the operation had none, 200 when it replaced the one it had (the same
     * content again keeps its revision). 400 naming each wrong field by its JSON pointer, 422 for an image not uploaded.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<WorkInstructionView>> define(@PathParam("itemCode") String itemCode, @PathParam("sequence") int sequence,
            DefineWorkInstruction definition) {
        List<FieldError> errors = new ArrayList<>();
        String item = FieldChecks.required(itemCode, FieldChecks.CODE, "itemCode", errors);
        sequence(sequence, errors);
        if (definition == null) {
            errors.add(new FieldError("/", "is required: {\"steps\":[{\"text\":\"…\"}],\"fields\":[…]}"));
        }
        InstructionContent content = definition == null ? null : definition.checked(errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return instructions.define(item, sequence, content, definition.images(), actor.get()).map(defined -> RestResponse.status(
                defined.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, WorkInstructionView.of(defined.instruction())));
    }

    /** The operation's instruction; 404 when it has none. */
    @GET
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<WorkInstructionView> instruction(@PathParam("itemCode") String itemCode, @PathParam("sequence") int sequence) {
        return instructions.one(itemCode, sequence).map(WorkInstructionView::of);
    }

    private static void sequence(int sequence, List<FieldError> errors) {
        if (sequence <= 0) {
            errors.add(new FieldError("sequence", "must be a routing operation's sequence, greater than 0"));
        }
    }
}
