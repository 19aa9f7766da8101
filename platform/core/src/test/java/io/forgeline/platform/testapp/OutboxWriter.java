package io.forgeline.platform.testapp;

import com.google.protobuf.StringValue;
import io.forgeline.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Writes numbered events of one aggregate, each in a transaction of its own, as a service's changes would. */
@Path("/test/outbox")
public class OutboxWriter {

    public static final String TOPIC = "platform-test.outbox.v1";

    private final Outbox outbox;

    OutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Path("{key}")
    public Uni<Integer> write(@PathParam("key") String key, @QueryParam("count") int count) {
        return Multi.createFrom().range(1, count + 1)
                .onItem().transformToUniAndConcatenate(n -> Panache.withTransaction(() ->
                        outbox.append(TOPIC, key, "io.forgeline.test.numbered.v1", StringValue.of(key + "#" + n))))
                .collect().asList().map(java.util.List::size);
    }
}
