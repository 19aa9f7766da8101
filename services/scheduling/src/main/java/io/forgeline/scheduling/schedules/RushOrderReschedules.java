package io.forgeline.scheduling.schedules;

import io.forgeline.platform.actor.Actor;
import io.forgeline.scheduling.orders.ProductionOrder;
import io.forgeline.scheduling.orders.Replanning;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A rush order released into a published plan: an automatic reschedule that publishes itself. */
@ApplicationScoped
public class RushOrderReschedules implements Replanning {

    private final ScheduleService schedules;
    private final SolveQueue queue;

    RushOrderReschedules(ScheduleService schedules, SolveQueue queue) {
        this.schedules = schedules;
        this.queue = queue;
    }

    @Override
    public Uni<Void> rushOrderReleased(ProductionOrder order, Actor actor) {
        return schedules.requestReschedule(ScheduleKind.RUSH_ORDER, actor.name());
    }

    @Override
    public void startSoon() {
        queue.poke();
    }
}
