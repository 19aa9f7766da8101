package io.forgeline.execution.terminals;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Sign-in at a terminal by badge and PIN, and what keeps the session alive or ends it. Open to callers without a
 * token (that is the point of signing in; the gateway lets exactly these three paths through and limits them per
 * address); tokens are answered never-to-be-cached.
 */
@Path("/api/execution/terminal-sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TerminalSessionResource {

    private final TerminalSessions sessions;

    TerminalSessionResource(TerminalSessions sessions) {
        this.sessions = sessions;
    }

    /** 201 with the operator's tokens; 422 naming pin when badge and PIN do not match; 404 for a terminal nobody registered. */
    @POST
    public Uni<RestResponse<TerminalSession>> signIn(SignIn command) {
        return sessions.signIn(present(command)).map(session -> RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, session).header("Cache-Control", "no-store").build());
    }

    @POST
    @Path("refresh")
    public Uni<RestResponse<TerminalSession>> refresh(RefreshSession command) {
        return sessions.refresh(present(command)).map(session -> RestResponse.ResponseBuilder
                .ok(session).header("Cache-Control", "no-store").build());
    }

    /** 204 also when the session had ended already: signing out twice is no mistake. */
    @POST
    @Path("sign-out")
    public Uni<Void> signOut(RefreshSession command) {
        return sessions.signOut(present(command));
    }

    private static <T> T present(T command) {
        if (command == null) {
            throw FieldErrors.invalid(List.of(new FieldError("body", "a JSON body is required")));
        }
        return command;
    }
}
