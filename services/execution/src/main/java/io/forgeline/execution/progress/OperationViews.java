package io.forgeline.execution.progress;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.instructions.CollectedValue;
import io.forgeline.execution.instructions.CollectedView;
import io.forgeline.execution.instructions.DataCollection;
import io.forgeline.execution.instructions.WorkInstruction;
import io.forgeline.execution.instructions.WorkInstructionView;
import io.forgeline.execution.instructions.WorkInstructions;
import io.forgeline.execution.serials.ProducedSerial;
import io.forgeline.execution.serials.SerialNumbers;
import io.forgeline.execution.serials.SerialView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Operations as the terminal shows them, with each operator's time read from the work periods, and the work
 * instructions and recorded values of the order's operations, all read once in one session; on the operation that produced
 * the finished lot, its serial numbers.
 */
@ApplicationScoped
class OperationViews {

    private final WorkInstructions instructions;
    private final DataCollection data;
    private final SerialNumbers serials;

    OperationViews(WorkInstructions instructions, DataCollection data, SerialNumbers serials) {
        this.instructions = instructions;
        this.data = data;
        this.serials = serials;
    }

    Uni<OperationView> of(DispatchEntry operation) {
        return of(List.of(operation)).map(List::getFirst);
    }

    /** What the floor knows of one order's operations beyond their entries. */
    private record Known(List<WorkPeriod> periods, Map<Integer, WorkInstruction> instructions, Map<Integer, List<CollectedValue>> collected,
                         List<SerialView> units) {
    }

    /** Operations of one order (one item). */
    Uni<List<OperationView>> of(List<DispatchEntry> operationsOfOrder) {
        if (operationsOfOrder.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        DispatchEntry first = operationsOfOrder.getFirst();
        List<Integer> sequences = operationsOfOrder.stream().map(DispatchEntry::operationSequence).toList();
        return Panache.withSession(() -> WorkPeriod.of(first.orderId())
                .flatMap(periods -> instructions.of(first.itemCode(), sequences)
                        .flatMap(found -> data.latestOn(first.orderId()).flatMap(collected -> units(operationsOfOrder).map(units -> new Known(
                                periods, found.stream().collect(Collectors.toMap(WorkInstruction::operationSequence, Function.identity())),
                                collected, units))))))
                .map(known -> {
                    Map<Integer, List<Labour.Span>> bySequence = known.periods().stream().collect(Collectors.groupingBy(
                            WorkPeriod::operationSequence, Collectors.mapping(WorkPeriod::span, Collectors.toList())));
                    return operationsOfOrder.stream().map(operation -> {
                        int sequence = operation.operationSequence();
                        WorkInstruction instruction = known.instructions().get(sequence);
                        return OperationView.of(operation, Labour.of(bySequence.getOrDefault(sequence, List.of()),
                                        Optional.ofNullable(operation.cancelledAt())),
                                instruction == null ? null : WorkInstructionView.of(instruction),
                                known.collected().getOrDefault(sequence, List.of()).stream().map(CollectedView::of).toList(),
                                known.units());
                    }).toList();
                });
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
