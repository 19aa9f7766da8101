package io.forgeline.execution.reasons;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/** Reason codes: the terminal reads them for its reason buttons, planners define them. */
@Path("/api/execution/reason-codes")
@Produces(MediaType.APPLICATION_JSON)
public class ReasonCodeResource {

    /** Letters, digits, '_' and '-': a code travels in paths, events and reports. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");

    private final ReasonCodes reasons;
    private final CurrentActor actor;

    ReasonCodeResource(ReasonCodes reasons, CurrentActor actor) {
        this.reasons = reasons;
        this.actor = actor;
    }

    /** The active codes of {@code kind} (SCRAP, REWORK, PAUSE or DOWNTIME; left out: all kinds). */
    @GET
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<List<ReasonCodeView>> active(@QueryParam("kind") String kind) {
        List<FieldError> errors = new ArrayList<>();
        Optional<ReasonKind> wanted = FieldChecks.blankIsNull(kind) == null ? Optional.empty()
                : Optional.ofNullable(FieldChecks.oneOf(ReasonKind.class, kind, "kind", errors));
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return reasons.active(wanted).map(list -> list.stream().map(ReasonCodeView::of).toList());
    }

    /** {@code {"name","nameZh","active"}} → 201 when the code is new, 200 when it changed one that was there. */
    @PUT
    @Path("{kind}/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<ReasonCodeView>> define(@PathParam("kind") String kind, @PathParam("code") String code,
            DefineReasonCode definition) {
        List<FieldError> errors = new ArrayList<>();
        ReasonKind reasonKind = FieldChecks.oneOf(ReasonKind.class, kind, "kind", errors);
        String checkedCode = code(code, errors);
        if (definition == null) {
            errors.add(new FieldError("body", "is required: {\"name\":\"…\",\"nameZh\":\"…\",\"active\":true}"));
        }
        DefineReasonCode.Checked checked = definition == null ? null : definition.checked(errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return reasons.define(reasonKind, checkedCode, checked, actor.get()).map(defined -> RestResponse.status(
                defined.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, ReasonCodeView.of(defined.reason())));
    }

    private static String code(String code, List<FieldError> errors) {
        String normalised = ReasonCodes.normalised(code);
        if (normalised.length() > FieldChecks.CODE) {
            errors.add(new FieldError("code", "must be at most " + FieldChecks.CODE + " characters"));
        } else if (!CODE.matcher(normalised).matches()) {
            errors.add(new FieldError("code", "must be letters, digits, '_' and '-'"));
        }
        return normalised;
    }
}
