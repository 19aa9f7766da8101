package io.forgeline.scheduling.orders;

import io.forgeline.platform.actor.Actor;
import io.smallrye.mutiny.Uni;

/**
 * What an order asks of planning when it cannot wait for the planner. Orders know nothing of schedules:
 * the schedules feature depends on orders and implements this, so the two packages never form a cycle.
 */
public interface Replanning {

    /** In the caller's transaction: the published plan is to be redone around this rush order. */
    Uni<Void> rushOrderReleased(ProductionOrder order, Actor actor);

    /** After the caller's commit: start on a waiting reschedule now rather than at the next sweep. */
    void startSoon();
}
