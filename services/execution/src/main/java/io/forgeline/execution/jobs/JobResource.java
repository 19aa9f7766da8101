package io.forgeline.execution.jobs;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The terminal's job list: the dispatch list in planned order, next job first, with what stands in each job's way. */
@Path("/api/execution/work-centers/{workCenter}/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final Jobs jobs;

    JobResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<Jobs.JobList> list(@PathParam("workCenter") String workCenter) {
        return jobs.at(workCenter);
    }
}
