package io.forgeline.execution.instructions;

import io.forgeline.platform.actor.CurrentActor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The work instructions' images: a planner uploads one as its raw bytes (PUT, Content-Type image/png, image/jpeg or
 * image/webp, at most 2 MB); terminals read it back with its content type, cached for an hour and revalidated by ETag.
 */
@Path("/api/execution/work-instruction-images/{name}")
public class InstructionImageResource {

    /** A replaced image keeps its name, so terminals keep a copy only an hour before asking again (a 304 when unchanged). */
    static final String CACHE_CONTROL = "private, max-age=3600";

    private final InstructionImages images;
    private final CurrentActor actor;

    InstructionImageResource(InstructionImages images, CurrentActor actor) {
        this.images = images;
        this.actor = actor;
    }

    /** 201 when the name is new, 200 when it replaced the image of that name. */
    @PUT
    @Consumes({"image/png", "image/jpeg", "image/webp"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<ImageView>> upload(@PathParam("name") String name, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] bytes) {
        return images.upload(name, contentType, bytes, actor.get()).map(uploaded -> RestResponse.status(
                uploaded.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, ImageView.of(uploaded.image())));
    }

    /** No @Produces: the answer's type is the image's own, and a 404 is problem+json whatever the client accepts. */
    @GET
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<RestResponse<byte[]>> image(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return images.find(name).map(image -> {
            String etag = "\"" + image.sha256 + "\"";
            RestResponse.ResponseBuilder<byte[]> answer = etag.equals(ifNoneMatch) ? RestResponse.ResponseBuilder.<byte[]>notModified()
                    : RestResponse.ResponseBuilder.ok(image.bytes, image.contentType);
            return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        });
    }

    /** What was stored (the bytes are read with GET). */
    public record ImageView(String name, String contentType, int size, String sha256, Instant uploadedAt, String uploadedBy) {

        static ImageView of(InstructionImage image) {
            return new ImageView(image.name, image.contentType, image.bytes.length, image.sha256, image.uploadedAt, image.uploadedBy);
        }
    }
}
