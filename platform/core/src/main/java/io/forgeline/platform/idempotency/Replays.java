package io.forgeline.platform.idempotency;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A repeat is not a failure: the first answer again (status, Location, body), marked {@code Idempotency-Replayed: true}. */
public class Replays {

    @ServerExceptionMapper
    public Response replay(AnsweredBefore answered) {
        return answered.answer().toResponse();
    }
}
