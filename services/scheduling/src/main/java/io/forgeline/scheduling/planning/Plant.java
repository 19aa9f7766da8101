package io.forgeline.scheduling.planning;

import java.util.List;

/** What the scheduler plans: the machines, the production orders and the setup times between families. */
public record Plant(List<Machine> machines, List<Order> orders, SetupMatrix setups) {
    public Plant {
        machines = List.copyOf(machines);
        orders = List.copyOf(orders);
    }

    public Plant(List<Machine> machines, List<Order> orders) {
        this(machines, orders, SetupMatrix.none());
    }

    public int operationCount() {
        return orders.stream().mapToInt(o -> o.operations().size()).sum();
    }
}
