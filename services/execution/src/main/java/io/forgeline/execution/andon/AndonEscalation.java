package io.forgeline.execution.andon;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The clock of the escalation ladder: every few seconds, passes the rungs that have come due. */
@ApplicationScoped
class AndonEscalation {

    private static final Logger LOG = Logger.getLogger(AndonEscalation.class);

    private final Andons andons;

    AndonEscalation(Andons andons) {
        this.andons = andons;
    }

    @Scheduled(every = "${forgeline.andon.escalation-check:10s}", delayed = "2s", concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return andons.escalateDue()
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("escalated %d unacknowledged andon step(s)", count);
                    }
                })
                .replaceWithVoid()
                // the database is away: the next check escalates what is due then, each rung still once
                .onFailure().invoke(failure -> LOG.warnf("andon escalation check failed, next check again: %s", failure.toString()))
                .onFailure().recoverWithNull();
    }
}
