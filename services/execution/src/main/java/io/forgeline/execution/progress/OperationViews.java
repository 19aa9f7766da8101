package io.forgeline.execution.progress;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Operations as the terminal shows them, with each operator's time read from the work periods. */
@ApplicationScoped
class OperationViews {

    Uni<OperationView> of(DispatchEntry operation) {
        return of(List.of(operation)).map(List::getFirst);
    }

    /** Operations of one order: its work periods are read once. */
    Uni<List<OperationView>> of(List<DispatchEntry> operationsOfOrder) {
        if (operationsOfOrder.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.withSession(() -> WorkPeriod.of(operationsOfOrder.getFirst().orderId())).map(periods -> {
            Map<Integer, List<Labour.Span>> bySequence = periods.stream().collect(Collectors.groupingBy(WorkPeriod::operationSequence,
                    Collectors.mapping(WorkPeriod::span, Collectors.toList())));
            return operationsOfOrder.stream().map(operation -> OperationView.of(operation, Labour.of(
                    bySequence.getOrDefault(operation.operationSequence(), List.of()), Optional.ofNullable(operation.cancelledAt()))))
                    .toList();
        });
    }
}
