package io.forgeline.execution.epcis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The EPCIS 2.0 REST binding's {@code GET /events}: the genealogy's events as an EPCISQueryDocument in JSON-LD, paged by
 * {@code perPage} and {@code nextPageToken} with a {@code Link} to the next page. Quality engineers trace with it and
 * planners read it; partners' EPCIS repositories can pull it through whoever holds those roles.
 */
@Path("/api/execution/epcis")
public class EventsResource {

    static final String JSON_LD = "application/ld+json";
    static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    private final VisibilityEvents events;
    private final ObjectMapper json;
    private final Clock clock;

    EventsResource(VisibilityEvents events, ObjectMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @GET
    @Path("events")
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    @RolesAllowed({"quality-engineer", "planner", "admin"})
    public Uni<Response> events(@Context UriInfo uri) {
        EventQuery query = EventQuery.of(uri.getQueryParameters());
        return events.page(query).map(page -> {
            Response.ResponseBuilder response = Response.ok(document(page.events()))
                    .header("GS1-EPCIS-Version", "2.0.0").header("GS1-CBV-Version", "2.0.0");
            page.next().ifPresent(next -> {
                // relative: behind the gateway the service's own address is not the one the client called
                URI link = uri.getRequestUriBuilder().replaceQueryParam(Cursor.PARAMETER, next.token()).build();
                response.header("Link", "<" + link.getRawPath() + "?" + link.getRawQuery() + ">; rel=\"next\"");
            });
            return response.build();
        });
    }

    private String document(List<ObjectNode> eventList) {
        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add(CONTEXT);
        document.put("type", "EPCISQueryDocument").put("schemaVersion", "2.0")
                .put("creationDate", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        document.putObject("epcisBody").putObject("queryResults").put("queryName", "SimpleEventQuery")
                .putObject("resultsBody").putArray("eventList").addAll(eventList);
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException cannotHappen) { // a tree of plain nodes always writes
            throw new IllegalStateException(cannotHappen);
        }
    }
}
