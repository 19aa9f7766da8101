package io.forgeline.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} names each offending field of a 400. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static URI type(String slug) {
        return URI.create("https://forgeline.io/problems/" + slug);
    }

    public record FieldError(String field, String message) {
    }
}
