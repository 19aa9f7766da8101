package io.forgeline.execution.progress;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.serials.ProducedSerial;
import io.forgeline.execution.serials.SerialNumbers;
import io.forgeline.execution.serials.SerialView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Operations as the terminal shows them, with each operator's time read from the work periods and, on the operation that
 * produced the finished lot, its serial numbers.
 */
@ApplicationScoped
class OperationViews {

    private final SerialNumbers serials;

    OperationViews(SerialNumbers serials) {
        this.serials = serials;
    }

    Uni<OperationView> of(DispatchEntry operation) {
        return of(List.of(operation)).map(List::getFirst);
    }

    /** Operations of one order: its work periods are read once. */
    Uni<List<OperationView>> of(List<DispatchEntry> operationsOfOrder) {
        if (operationsOfOrder.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        DispatchEntry any = operationsOfOrder.getFirst();
        return Panache.withSession(() -> WorkPeriod.of(any.orderId())).flatMap(periods -> units(operationsOfOrder).map(units -> {
            Map<Integer, List<Labour.Span>> bySequence = periods.stream().collect(Collectors.groupingBy(WorkPeriod::operationSequence,
                    Collectors.mapping(WorkPeriod::span, Collectors.toList())));
            return operationsOfOrder.stream().map(operation -> OperationView.of(operation, Labour.of(
                    bySequence.getOrDefault(operation.operationSequence(), List.of()), Optional.ofNullable(operation.cancelledAt())), units))
                    .toList();
        }));
    }

    /** The serialised units of the order's finished lot; read only once the order has produced one. */
    private Uni<List<SerialView>> units(List<DispatchEntry> operationsOfOrder) {
        Optional<DispatchEntry> output = operationsOfOrder.stream().filter(operation -> operation.outputLot() != null).findFirst();
        if (output.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return serials.ofOrder(output.get().orderId()).flatMap(units -> serials.views(output.get().itemCode(),
                units.stream().map(ProducedSerial::serial).toList()));
    }
}
