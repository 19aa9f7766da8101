package io.forgeline.scheduling.planning;

/** The plant cannot be scheduled at all, because of one operation; never answered with a partial schedule. */
public final class InfeasiblePlant extends RuntimeException {
    private final String order;
    private final String operation;

    public InfeasiblePlant(String order, String operation, String reason) {
        super("operation " + operation + " of production order " + order + " cannot be scheduled: " + reason);
        this.order = order;
        this.operation = operation;
    }

    public String order() {
        return order;
    }

    public String operation() {
        return operation;
    }
}
