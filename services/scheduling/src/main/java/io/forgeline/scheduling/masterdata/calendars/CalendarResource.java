package io.forgeline.scheduling.masterdata.calendars;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/scheduling/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final CalendarService calendars;

    CalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<List<CalendarView>> list() {
        return calendars.calendars();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<CalendarView> get(@PathParam("code") String code) {
        return calendars.calendar(code);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<CalendarView>> put(@PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") PutCalendar calendar, @Context UriInfo uri) {
        return calendars.put(code, calendar).map(saved -> saved.created()
                ? RestResponse.ResponseBuilder.<CalendarView>created(uri.getAbsolutePath()).entity(saved.value()).build()
                : RestResponse.ok(saved.value()));
    }
}
