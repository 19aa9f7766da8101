package io.forgeline.scheduling.masterdata.routing;

import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.platform.quantity.Decimals;
import io.forgeline.scheduling.masterdata.BomLine;
import io.forgeline.scheduling.masterdata.EligibleMachine;
import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.ItemMaster;
import io.forgeline.scheduling.masterdata.ListFields;
import io.forgeline.scheduling.masterdata.RoutingOperation;
import io.forgeline.scheduling.masterdata.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replaces an item's routing as a whole after checking its work centers and machines, and that it keeps every
 * operation a component of the item's BOM is consumed at.
 */
@ApplicationScoped
public class RoutingService {

    private final ItemMaster items;
    private final Validator validator;

    RoutingService(ItemMaster items, Validator validator) {
        this.items = items;
        this.validator = validator;
    }

    public Uni<List<RoutingStep>> routing(String code) {
        return Panache.withSession(() -> requireItem(code).chain(() -> read(code)));
    }

    public Uni<List<RoutingStep>> replace(String code, List<RoutingStep> steps) {
        ListFields.check("operations", steps, validator);
        if (steps.isEmpty()) {
            throw new RuleViolation("operations", "a routing needs at least one operation");
        }
        ListFields.unique("operations", steps, RoutingStep::sequence, "sequence");
        for (int i = 0; i < steps.size(); i++) {
            ListFields.unique("operations[" + i + "].machines", steps.get(i).machinesOrNone(), m -> m.machineCode().trim(), "machineCode");
        }
        return Panache.withTransaction(() -> requireItem(code)
                .invoke(item -> {
                    if (item.isBought()) {
                        throw new RuleViolation("code", "item " + code + " is bought, not made: it has no routing");
                    }
                })
                .chain(() -> workCenters(steps.stream().map(s -> s.workCenterCode().trim()).distinct().toList()))
                .chain(workCenters -> machines(steps).invoke(machines -> check(steps, workCenters, machines)))
                .chain(() -> waitForBomWriters())
                .chain(() -> items.bom(code))
                .invoke(bom -> keepsConsumingOperations(steps, bom))
                .chain(() -> RoutingOperation.delete("key.itemCode", code))
                .chain(() -> persist(code, steps))
                .chain(() -> read(code)));
    }

    /** Unknown work centers and machines, and machines of another work center, are refused by name. */
    private static void check(List<RoutingStep> steps, Collection<String> workCenters, Map<String, String> workCenterOfMachine) {
        for (int i = 0; i < steps.size(); i++) {
            RoutingStep step = steps.get(i);
            String workCenter = step.workCenterCode().trim();
            if (!workCenters.contains(workCenter)) {
                throw new RuleViolation("operations[" + i + "].workCenterCode", "work center " + workCenter + " does not exist");
            }
            List<MachineTime> machines = step.machinesOrNone();
            for (int j = 0; j < machines.size(); j++) {
                String field = "operations[" + i + "].machines[" + j + "].machineCode";
                String machine = machines.get(j).machineCode().trim();
                String home = workCenterOfMachine.get(machine);
                if (home == null) {
                    throw new RuleViolation(field, "machine " + machine + " does not exist");
                }
                if (!home.equals(workCenter)) {
                    throw new RuleViolation(field, "machine " + machine + " belongs to work center " + home
                            + ", not to " + workCenter + " where operation " + step.sequence() + " runs");
                }
            }
        }
    }

    /** An operation a BOM line is assigned to may not go: the component would lose the place it is consumed at. */
    private static void keepsConsumingOperations(List<RoutingStep> steps, List<BomLine> bom) {
        Set<Integer> kept = steps.stream().map(RoutingStep::sequence).collect(Collectors.toSet());
        for (BomLine line : bom) {
            if (line.operationSequence != null && !kept.contains(line.operationSequence)) {
                throw new RuleViolation("operations", line.componentCode() + " is consumed at operation " + line.operationSequence
                        + ": assign it to another operation in the BOM first");
            }
        }
    }

    /**
     * A BOM writer may be assigning a component to an operation this routing drops: it finishes first, and none
     * starts until this routing is stored (its lock and this one exclude each other), so the lines read next stay true.
     */
    private static Uni<Integer> waitForBomWriters() {
        return Panache.getSession().flatMap(session ->
                session.createNativeQuery("lock table bom_line in share mode").executeUpdate());
    }

    private static Uni<Void> persist(String code, List<RoutingStep> steps) {
        List<RoutingOperation> operations = new ArrayList<>();
        List<EligibleMachine> eligible = new ArrayList<>();
        for (RoutingStep step : steps) {
            RoutingOperation operation = new RoutingOperation();
            operation.key = new RoutingOperation.Key(code, step.sequence());
            operation.workCenterCode = step.workCenterCode().trim();
            operation.description = step.description().trim();
            operation.setupMinutes = step.setupMinutes();
            operation.runMinutesPerUnit = step.runMinutesPerUnit();
            operation.mayPauseAtBreaks = step.mayPauseAtBreaks() == null || step.mayPauseAtBreaks();
            operation.transferBatch = step.transferBatch();
            operations.add(operation);
            for (MachineTime time : step.machinesOrNone()) {
                EligibleMachine machine = new EligibleMachine();
                machine.key = new EligibleMachine.Key(code, step.sequence(), time.machineCode().trim());
                machine.setupMinutes = time.setupMinutes();
                machine.runMinutesPerUnit = time.runMinutesPerUnit();
                eligible.add(machine);
            }
        }
        // operations first: their machines refer to them
        return Rows.insert(operations).call(() -> Rows.insert(eligible));
    }

    private Uni<List<RoutingStep>> read(String code) {
        return items.routing(code).flatMap(operations -> EligibleMachine
                .<EligibleMachine>list("key.itemCode", Sort.by("key.sequence").and("key.machineCode"), code)
                .map(machines -> {
                    Map<Integer, List<MachineTime>> bySequence = machines.stream().collect(Collectors.groupingBy(
                            m -> m.key.sequence(),
                            Collectors.mapping(m -> new MachineTime(m.machineCode(), m.setupMinutes, Decimals.tidy(m.runMinutesPerUnit)),
                                    Collectors.toList())));
                    return operations.stream().map(o -> new RoutingStep(o.sequence(), o.workCenterCode, o.description,
                            o.setupMinutes, Decimals.tidy(o.runMinutesPerUnit), o.mayPauseAtBreaks, Decimals.tidy(o.transferBatch),
                            bySequence.getOrDefault(o.sequence(), List.of()))).toList();
                }));
    }

    private static Uni<Item> requireItem(String code) {
        return Item.<Item>findById(code).onItem().ifNull().failWith(() -> new NotFound("item", code));
    }

    private static Uni<List<String>> workCenters(List<String> codes) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select w.code from WorkCenter w where w.code in :codes", String.class)
                .setParameter("codes", codes).getResultList());
    }

    private static Uni<Map<String, String>> machines(List<RoutingStep> steps) {
        List<String> codes = steps.stream().flatMap(s -> s.machinesOrNone().stream()).map(m -> m.machineCode().trim()).distinct().toList();
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("select m.code, m.workCenterCode from Machine m where m.code in :codes", Object[].class)
                        .setParameter("codes", codes).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1])));
    }
}
