package io.forgeline.execution.terminals;

import static io.forgeline.platform.problem.FieldChecks.CODE;

import io.forgeline.platform.actor.CurrentActor;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** The terminal register: planners and administrators bind terminals to their places, terminals read their own. */
@Path("/api/execution/terminals")
@Produces(MediaType.APPLICATION_JSON)
public class TerminalResource {

    private final Terminals terminals;
    private final CurrentActor actor;

    TerminalResource(Terminals terminals, CurrentActor actor) {
        this.terminals = terminals;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<List<TerminalView>> all() {
        return terminals.all().map(list -> list.stream().map(TerminalView::of).toList());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<TerminalView> one(@PathParam("code") String code) {
        return terminals.find(code).map(TerminalView::of);
    }

    /** 201 for a new terminal, 200 when it moved or was renamed. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<TerminalView>> register(@PathParam("code") String code, RegisterTerminal command) {
        if (code.length() > CODE || code.isBlank()) {
            throw FieldErrors.invalid(List.of(new FieldError("code", "must be 1 to " + CODE + " characters")));
        }
        if (command == null) {
            throw FieldErrors.invalid(List.of(new FieldError("body", "a JSON body is required")));
        }
        return terminals.register(code, command, actor.get()).map(registered -> RestResponse.status(
                registered.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, TerminalView.of(registered.terminal())));
    }
}
