package io.forgeline.execution.instructions;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/** The instructions' images: uploaded (checked to be what their content type says) and read back. */
@ApplicationScoped
public class InstructionImages {

    private final Clock clock;

    InstructionImages(Clock clock) {
        this.clock = clock;
    }

    /** What {@link #upload} did: stored a new image, or replaced the bytes under a name that was there. */
    record Uploaded(InstructionImage image, boolean created) {
    }

    /**
     * Stores the bytes under the name: 400 for a bad name, an empty body or bytes that are not what the content type
     * says, 413 above {@value ImageFormat#MOST_BYTES} bytes, 415 for a content type other than PNG, JPEG or WebP.
     */
    Uni<Uploaded> upload(String name, String contentType, byte[] bytes, Actor actor) {
        if (!ImageName.isValid(name)) {
            throw new InvalidField("name", ImageName.RULE);
        }
        ImageFormat format = ImageFormat.named(contentType).orElseThrow(() -> new WebApplicationException(
                "Content-Type " + contentType + " is not an image a terminal shows: send image/png, image/jpeg or image/webp", 415));
        if (bytes == null || bytes.length == 0) {
            throw new InvalidField("body", "is required: the image's bytes");
        }
        if (bytes.length > ImageFormat.MOST_BYTES) {
            throw new WebApplicationException("the image has " + bytes.length + " bytes; at most " + ImageFormat.MOST_BYTES
                    + " (2 MB) are taken", 413);
        }
        if (!format.begins(bytes)) {
            throw new InvalidField("body", "is not a " + format.name() + " image, as Content-Type " + format.mediaType() + " says");
        }
        return Panache.withTransaction(() -> InstructionImage.<InstructionImage>findById(name).flatMap(found -> {
            InstructionImage image = found == null ? new InstructionImage() : found;
            image.name = name;
            image.contentType = format.mediaType();
            image.bytes = bytes;
            image.sha256 = sha256(bytes);
            image.uploadedAt = clock.instant();
            image.uploadedBy = actor.name();
            return image.<InstructionImage>persist().map(saved -> new Uploaded(saved, found == null));
        }));
    }

    Uni<InstructionImage> find(String name) {
        if (!ImageName.isValid(name)) {
            throw new NotFound("work instruction image", name);
        }
        return Panache.withSession(() -> InstructionImage.<InstructionImage>findById(name))
                .onItem().ifNull().failWith(() -> new NotFound("work instruction image", name));
    }

    /** Of these names, the ones no image has. In the caller's session. */
    Uni<List<String>> missing(List<String> names) {
        if (names.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select i.name from InstructionImage i where i.name in ?1", String.class)
                .setParameter(1, names).getResultList())
                .map(found -> names.stream().filter(n -> !found.contains(n)).toList());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
