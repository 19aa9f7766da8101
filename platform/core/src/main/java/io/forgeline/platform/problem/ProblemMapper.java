package io.forgeline.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.forgeline.platform.faults.Faults;
import io.forgeline.platform.problem.Problem.FieldError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single translation from exceptions to RFC 9457 responses. Messages are written for the person at
 * the terminal ("quantity: must be greater than 0"), never database or framework jargon.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(DomainProblem problem, UriInfo uri) {
        List<FieldError> errors = switch (problem) {
            case InvalidField invalid -> List.of(new FieldError(invalid.field(), invalid.reason()));
            case RuleViolation rule when rule.field() != null -> List.of(new FieldError(rule.field(), rule.getMessage()));
            case FieldErrors fields -> fields.errors();
            default -> List.of();
        };
        return respond(new Problem(Problem.type(problem.slug()), problem.title(), problem.status(),
                problem.getMessage(), path(uri), errors));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException violation, UriInfo uri) {
        List<FieldError> errors = violation.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return badRequest(errors, uri);
    }

    // Quarkus brings its own mappers for these Jackson types; naming them here makes ours win.
    @ServerExceptionMapper(priority = 1)
    public Response wrongFormat(InvalidFormatException wrong, UriInfo uri) {
        return unreadable(wrong, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException mismatched, UriInfo uri) {
        return unreadable(mismatched, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException unreadable, UriInfo uri) {
        if (unreadable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String reason = switch (mapping) {
                case InvalidFormatException format -> "'" + format.getValue() + "' is not a valid "
                        + format.getTargetType().getSimpleName().replace("BigDecimal", "decimal number").toLowerCase();
                case UnrecognizedPropertyException unknown -> "is not a known field";
                default -> "has the wrong type";
            };
            return badRequest(List.of(new FieldError(field, reason)), uri);
        }
        return badRequest(List.of(new FieldError("body", "is not valid JSON")), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException denied, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException denied, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException denied, UriInfo uri) {
        String detail = denied.getMessage() != null ? denied.getMessage() : "your role does not allow this action";
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403, detail, path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException web, UriInfo uri) {
        Response.StatusType status = web.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("request failed", web);
        }
        return respond(new Problem(Problem.type("http-" + status.getStatusCode()), status.getReasonPhrase(),
                status.getStatusCode(), web.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure, UriInfo uri) {
        if (Faults.isLostRace(failure)) {
            LOG.infof("request lost a race with another change: %s", failure.toString());
            return respond(new Problem(Problem.type("concurrent-change"), "Changed at the same moment", 409,
                    "someone else changed this at the same moment; nothing of this request was done: read it again and retry",
                    path(uri), List.of()));
        }
        if (Faults.isTransient(failure)) {
            // the database or the broker is away for a moment: the caller should come back, not report a bug
            LOG.warnf("request refused while a dependency is away: %s", failure.toString());
            return Response.fromResponse(respond(new Problem(Problem.type("unavailable"), "Service unavailable", 503,
                            "the service cannot reach its database right now; try again in a few seconds "
                                    + "(with the same Idempotency-Key, a retry is safe)", path(uri), List.of())))
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        LOG.error("unexpected failure", failure);
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "the request could not be completed; nothing was changed", path(uri), List.of()));
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(new Problem(Problem.type("unauthorized"), "Unauthorized", 401,
                        "sign in first: a valid bearer token is required", path(uri), List.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response badRequest(List<FieldError> errors, UriInfo uri) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("invalid-request"), "The request is not valid", 400,
                detail, path(uri), errors));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /**
     * "create.command.quantity" → "quantity", "confirm.command.lines[0].deliveries[1].date" → "lines[0].deliveries[1].date":
     * the user knows the field, not the Java method. A node inside a list carries the element's index; it belongs to
     * the list's name before it.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (node.isInIterable() && position != null) {
                String container = names.isEmpty() ? (parameter != null ? parameter : "body") : names.removeLast();
                names.add(container + "[" + position + "]");
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                names.add(node.getName());
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter != null ? parameter : "body";
    }
}
