package io.forgeline.platform.deadletters;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Administrators' view of this service's dead letters: {@code /api/<service>/dead-letters}. The path
 * names the service, so the gateway's route for the service reaches it; another service's name is a 404.
 */
@Path("/api/{service}/dead-letters")
@RolesAllowed("admin")
public class DeadLetterResource {

    private final DeadLetters letters;
    private final CurrentActor actor;
    private final String service;

    DeadLetterResource(DeadLetters letters, CurrentActor actor, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.letters = letters;
        this.actor = actor;
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<List<DeadLetterView>> list(@PathParam("service") String service) {
        return ours(service).flatMap(ok -> letters.list()).map(all -> all.stream().map(DeadLetterView::summary).toList());
    }

    /** The same list as a table for a terminal: what {@code bin/forgeline dlq list} prints. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Uni<String> table(@PathParam("service") String service) {
        return ours(service).flatMap(ok -> letters.list()).map(all -> all.stream()
                .map(l -> String.join("\t", this.service, l.id(), l.status().name(), l.originalTopic() + "/" + l.originalPartition()
                        + "@" + l.originalOffset(), String.valueOf(l.key()), String.valueOf(l.ceType()), String.valueOf(l.parkedAt()),
                        String.valueOf(l.message()).replaceAll("\\s+", " ")))
                .collect(Collectors.joining("\n", "", all.isEmpty() ? "" : "\n")));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<DeadLetterView> show(@PathParam("service") String service, @PathParam("id") String id) {
        return ours(service).flatMap(ok -> letters.find(valid(id)));
    }

    @POST
    @Path("{id}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @HonoursIdempotencyKey
    public Uni<DeadLetterView> replay(@PathParam("service") String service, @PathParam("id") String id) {
        return ours(service).flatMap(ok -> letters.replay(valid(id), actor.get())).map(DeadLetterView::summary);
    }

    /** Replays every parked letter; the answer lists each with its status afterwards. */
    @POST
    @Path("replay")
    @Produces(MediaType.APPLICATION_JSON)
    @HonoursIdempotencyKey
    public Uni<List<DeadLetterView>> replayAll(@PathParam("service") String service) {
        return ours(service).flatMap(ok -> letters.replayAll(actor.get()))
                .map(all -> all.stream().map(DeadLetterView::summary).toList());
    }

    private Uni<Void> ours(String requested) {
        return requested.equals(service) ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new NotFound("service", requested));
    }

    private static String valid(String id) {
        if (!id.matches("\\d{1,9}-\\d{1,19}")) {
            throw new InvalidField("id", "a dead letter's id is <partition>-<offset>, e.g. 0-17");
        }
        return id;
    }
}
