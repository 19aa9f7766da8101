package io.forgeline.execution.signals;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Looks for machines that stopped talking every few seconds ({@code forgeline.signals.check-every}, default 5s). */
@ApplicationScoped
public class SilenceWatch {

    private static final Logger LOG = Logger.getLogger(SilenceWatch.class);

    private final MachineSignals signals;

    SilenceWatch(MachineSignals signals) {
        this.signals = signals;
    }

    @Scheduled(every = "${forgeline.signals.check-every:5s}", delayed = "5s", concurrentExecution = ConcurrentExecution.SKIP)
    void check() {
        try {
            // Hibernate Reactive needs a Vert.x context of its own: the scheduler's thread has none
            VertxContextSupport.subscribeAndAwait(signals::silenceCheck);
        } catch (Throwable failure) {
            LOG.warnf("silence check failed, next time again: %s", failure.toString());
        }
    }
}
