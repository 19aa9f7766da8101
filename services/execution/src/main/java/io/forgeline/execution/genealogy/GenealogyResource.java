package io.forgeline.execution.genealogy;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Traces a lot or a serialised unit: backward to what went into it, forward to what it went into, to any depth. Quality engineers trace
 * suppliers' lots; planners and operators read where material went.
 */
@Path("/api/execution/genealogy")
@Produces(MediaType.APPLICATION_JSON)
public class GenealogyResource {

    private final Genealogy genealogy;

    GenealogyResource(Genealogy genealogy) {
        this.genealogy = genealogy;
    }

    @GET
    @Path("backward")
    @RolesAllowed({"quality-engineer", "planner", "operator", "admin"})
    public Uni<Trace> backward(@QueryParam("itemCode") String itemCode, @QueryParam("lot") String lot, @QueryParam("serial") String serial) {
        Trace.Ref start = start(itemCode, lot, serial);
        return genealogy.backward(start);
    }

    @GET
    @Path("forward")
    @RolesAllowed({"quality-engineer", "planner", "operator", "admin"})
    public Uni<Trace> forward(@QueryParam("itemCode") String itemCode, @QueryParam("lot") String lot, @QueryParam("serial") String serial) {
        Trace.Ref start = start(itemCode, lot, serial);
        return genealogy.forward(start);
    }

    /** A lot ({@code lot=}) or a serialised unit ({@code serial=}) of the item: 400 naming the parameter for both or neither. */
    static Trace.Ref start(String itemCode, String lot, String serial) {
        List<FieldError> errors = new ArrayList<>();
        Trace.Ref start = Trace.Ref.asked(itemCode, lot, serial, errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return start;
    }
}
