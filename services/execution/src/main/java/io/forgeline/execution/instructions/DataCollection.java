package io.forgeline.execution.instructions;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.DispatchLists;
import io.forgeline.execution.terminal.Acting;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.Problem.FieldError;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Data collection on an operation under way: values checked against the fields of the operation's work instruction,
 * kept (a measurement outside its limits too: it is a fact) and published as OperationDataCollected in one transaction
 * holding the order's operations, so a completion never misses a value recorded at the same moment.
 */
@ApplicationScoped
public class DataCollection {

    private final DispatchLists dispatch;
    private final WorkInstructions instructions;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    DataCollection(DispatchLists dispatch, WorkInstructions instructions, Outbox outbox, IdempotentRequests idempotency, Clock clock) {
        this.dispatch = dispatch;
        this.instructions = instructions;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * Records the values (answered by field code, as a repeat answers): 409 unless the operation is under way (RUNNING or PAUSED), 422 naming a field its instruction
     * does not have, 400 naming a value of the wrong kind. A repeat with the same Idempotency-Key answers with the values
     * the first recorded.
     */
    Uni<List<CollectedValue>> collect(UUID orderId, int sequence, CollectData request, Optional<String> idempotencyKey, Acting who) {
        if (request == null) {
            throw FieldErrors.invalid(List.of(new FieldError("/values", "is required: send {\"values\":[{\"field\":\"…\",\"value\":\"…\"}]}")));
        }
        List<CollectData.Given> given = request.checked();
        return idempotency.once("operation-data", who.actor(), idempotencyKey, CollectData.fingerprint(orderId, sequence, given),
                attempt -> Panache.withTransaction(() -> dispatch.lockOperationsOf(orderId)
                        .call(operations -> dispatch.requireNotCancelled(orderId))
                        .flatMap(operations -> {
                            DispatchEntry entry = operations.stream().filter(e -> e.operationSequence() == sequence).findFirst()
                                    .orElseThrow(() -> new NotFound("operation", sequence + " of order " + orderId));
                            entry.requireUnderWay("take data");
                            return instructions.find(entry.itemCode(), sequence).flatMap(found -> {
                                UUID collectionId = UUID.randomUUID();
                                Instant now = clock.instant();
                                List<CollectedValue> values = judged(entry, found.map(WorkInstruction::content), given, collectionId, who, now);
                                return CollectedValue.persist(values)
                                        .call(() -> outbox.append(DataEvents.TOPIC, orderId.toString(), DataEvents.DATA_COLLECTED,
                                                DataEvents.collected(collectionId, entry, values, who, now)))
                                        .call(() -> attempt.remember(collectionId.toString()))
                                        .replaceWith(values.stream().sorted(Comparator.comparing(v -> v.fieldCode)).toList());
                            });
                        })),
                collectionId -> Panache.withSession(() -> CollectedValue.list("collectionId = ?1 order by fieldCode", UUID.fromString(collectionId))));
    }

    /**
     * Refuses (422) to complete an operation while a required field of its instruction lacks a value: a measurement
     * recorded, a checkbox ticked (its latest value counts). In the completion's transaction.
     */
    public Uni<Void> requireRecorded(DispatchEntry entry) {
        return instructions.find(entry.itemCode(), entry.operationSequence()).flatMap(found -> {
            List<InstructionContent.Field> required = found.map(i -> i.content().fields().stream().filter(InstructionContent.Field::required)
                    .toList()).orElse(List.of());
            if (required.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return latestOn(entry.orderId()).invoke(latest -> {
                Map<String, CollectedValue> recorded = latest.getOrDefault(entry.operationSequence(), List.of()).stream()
                        .collect(Collectors.toMap(v -> v.fieldCode, v -> v));
                List<FieldError> missing = new ArrayList<>();
                for (InstructionContent.Field field : required) {
                    CollectedValue value = recorded.get(field.code());
                    if (value == null || !value.fills()) {
                        missing.add(new FieldError("/data/" + field.code(), field.code() + " must be "
                                + (field.kind() == FieldKind.CHECKBOX ? "checked" : "recorded") + " before the operation is completed"));
                    }
                }
                if (!missing.isEmpty()) {
                    throw FieldErrors.refused(missing);
                }
            }).replaceWithVoid();
        });
    }

    /** The latest value of each field of each of the order's operations, by operation sequence and field code. In the caller's session. */
    public Uni<Map<Integer, List<CollectedValue>>> latestOn(UUID orderId) {
        return CollectedValue.<CollectedValue>list("orderId = ?1 order by recordedAt, id", orderId).map(all -> {
            Map<Integer, Map<String, CollectedValue>> latest = new LinkedHashMap<>();
            for (CollectedValue value : all) {
                latest.computeIfAbsent(value.operationSequence, s -> new LinkedHashMap<>()).put(value.fieldCode, value);
            }
            Map<Integer, List<CollectedValue>> bySequence = new LinkedHashMap<>();
            latest.forEach((sequence, byField) -> bySequence.put(sequence, byField.values().stream()
                    .sorted(Comparator.comparing(v -> v.fieldCode)).toList()));
            return bySequence;
        });
    }

    /** Each value checked against its field (422 for a field the instruction has not, 400 for the wrong kind of value). */
    private static List<CollectedValue> judged(DispatchEntry entry, Optional<InstructionContent> content, List<CollectData.Given> given,
            UUID collectionId, Acting who, Instant now) {
        List<FieldError> unknown = new ArrayList<>();
        List<FieldError> wrong = new ArrayList<>();
        List<CollectedValue> values = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            CollectData.Given g = given.get(i);
            String at = "/values/" + i;
            Optional<InstructionContent.Field> field = content.flatMap(c -> c.field(g.field()));
            if (field.isEmpty()) {
                unknown.add(new FieldError(at + "/field", entry.label() + " has no field " + g.field() + content
                        .map(c -> c.fields().isEmpty() ? ": its work instruction collects no data"
                                : ": its fields are " + c.fields().stream().map(InstructionContent.Field::code).collect(Collectors.joining(", ")))
                        .orElse(": it has no work instruction")));
                continue;
            }
            InstructionContent.Field f = field.get();
            if (f.kind() == FieldKind.MEASUREMENT && g.value() == null) {
                wrong.add(new FieldError(at + "/value", "is required: " + f.code() + " is a measurement"
                        + (f.unit() == null ? "" : " in " + f.unit())));
            } else if (f.kind() == FieldKind.MEASUREMENT && g.checked() != null) {
                wrong.add(new FieldError(at + "/checked", "only a checkbox is checked: " + f.code() + " is a measurement"));
            } else if (f.kind() == FieldKind.CHECKBOX && g.checked() == null) {
                wrong.add(new FieldError(at + "/checked", "is required: " + f.code() + " is a checkbox (true or false)"));
            } else if (f.kind() == FieldKind.CHECKBOX && g.value() != null) {
                wrong.add(new FieldError(at + "/value", "only a measurement has a value: " + f.code() + " is a checkbox"));
            } else {
                values.add(value(entry, f, g, collectionId, who, now));
            }
        }
        if (!wrong.isEmpty()) {
            throw FieldErrors.invalid(wrong);
        }
        if (!unknown.isEmpty()) {
            throw FieldErrors.refused(unknown);
        }
        return values;
    }

    private static CollectedValue value(DispatchEntry entry, InstructionContent.Field field, CollectData.Given given, UUID collectionId,
            Acting who, Instant now) {
        CollectedValue value = new CollectedValue();
        value.id = UUID.randomUUID();
        value.collectionId = collectionId;
        value.orderId = entry.orderId();
        value.operationSequence = entry.operationSequence();
        value.fieldCode = field.code();
        value.kind = field.kind();
        if (field.kind() == FieldKind.MEASUREMENT) {
            value.measured = given.value();
            value.withinLimits = field.within(given.value());
            value.lowerLimit = field.lowerLimit();
            value.upperLimit = field.upperLimit();
            value.unit = field.unit();
        } else {
            value.checked = given.checked();
        }
        value.recordedAt = now;
        value.recordedBy = who.name();
        value.terminal = who.terminalOrNull();
        return value;
    }
}
