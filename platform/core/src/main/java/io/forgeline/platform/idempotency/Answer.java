package io.forgeline.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** What a REST method answered, as the caller received it: status, Location, content type and body. */
record Answer(int status, String location, String contentType, String body) {

    /** The answer to a method's result, written with the same JSON mapper the REST layer writes with. */
    static Answer of(Object result, Method method, ObjectMapper json) {
        Object entity = result;
        int status = result == null ? 204 : 200;
        URI location = null;
        if (result instanceof RestResponse<?> response) {
            status = response.getStatus();
            entity = response.getEntity();
            location = response.getLocation();
        } else if (result instanceof Response response) {
            status = response.getStatus();
            entity = response.getEntity();
            location = response.getLocation();
        }
        String body;
        try {
            body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer cannot be written as JSON", e);
        }
        return new Answer(status, location == null ? null : location.toString(), body == null ? null : producedBy(method), body);
    }

    Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).header(FirstAnswers.REPLAYED, "true");
        if (location != null) {
            response.location(URI.create(location));
        }
        if (body != null) {
            response.entity(body).type(contentType);
        }
        return response.build();
    }

    private static String producedBy(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces != null && produces.value().length > 0 ? produces.value()[0] : MediaType.APPLICATION_JSON;
    }
}
