package io.forgeline.execution.recall;

import io.forgeline.execution.genealogy.Trace;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The recall report on a suspect lot, for quality engineers who act on it and planners who replan around it: as JSON,
 * or with {@code Accept: text/csv} as a spreadsheet to hand on.
 */
@Path("/api/execution/recalls")
public class RecallResource {

    static final String CSV = "text/csv";

    private final Recalls recalls;

    RecallResource(Recalls recalls) {
        this.recalls = recalls;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"quality-engineer", "planner", "admin"})
    public Uni<RecallReport> report(@QueryParam("itemCode") String itemCode, @QueryParam("lot") String lot,
            @QueryParam("serial") String serial) {
        return recalls.of(suspect(itemCode, lot, serial));
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({"quality-engineer", "planner", "admin"})
    public Uni<RestResponse<String>> spreadsheet(@QueryParam("itemCode") String itemCode, @QueryParam("lot") String lot,
            @QueryParam("serial") String serial) {
        Trace.Ref suspect = suspect(itemCode, lot, serial);
        return recalls.of(suspect).map(report -> RestResponse.ResponseBuilder.ok(RecallCsv.of(report), CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(suspect) + "\"").build());
    }

    /** A suspect lot, or a serialised unit ({@code serial=}): one of them, 400 naming the parameter otherwise. */
    private static Trace.Ref suspect(String itemCode, String lot, String serial) {
        List<FieldError> errors = new ArrayList<>();
        Trace.Ref suspect = Trace.Ref.asked(itemCode, lot, serial, errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return suspect;
    }

    /** recall-ITEM-LOT.csv, with anything a file name or the header could trip over replaced. */
    private static String fileName(Trace.Ref suspect) {
        return ("recall-" + suspect.itemCode() + "-" + (suspect.namesUnit() ? suspect.serial() : suspect.lot())).replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }
}
