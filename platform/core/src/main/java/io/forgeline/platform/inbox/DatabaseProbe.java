package io.forgeline.platform.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Whether the service's database answers right now: what tells an unknown failure of an event from an outage. */
@ApplicationScoped
class DatabaseProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Pool pool;

    DatabaseProbe(Pool pool) {
        this.pool = pool;
    }

    Uni<Boolean> answers() {
        return pool.query("select 1").execute()
                .map(rows -> true)
                .ifNoItem().after(TIMEOUT).recoverWithItem(false)
                .onFailure().recoverWithItem(false);
    }
}
