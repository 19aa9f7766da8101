package io.forgeline.execution.jobs;

import io.forgeline.execution.consumption.MaterialConsumption;
import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.DispatchLists;
import io.forgeline.execution.dispatch.OperationComponent;
import io.forgeline.execution.holds.Holds;
import io.forgeline.execution.holds.StockHold;
import io.forgeline.execution.jobs.JobReadiness.Component;
import io.forgeline.execution.spc.SpcAlert;
import io.forgeline.execution.spc.SpcAlerts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A work center's open jobs with their staging, holds, SPC alerts and lateness, for the terminal. */
@ApplicationScoped
public class Jobs {

    /** A job shows its item's latest alerts: enough to see that something is wrong, few enough for a terminal's row. */
    static final int ALERTS_PER_JOB = 5;

    private final DispatchLists dispatch;
    private final Holds holds;
    private final SpcAlerts alerts;
    private final StagedStock staged;
    private final Duration alertWindow;
    private final Clock clock;

    Jobs(DispatchLists dispatch, Holds holds, SpcAlerts alerts, StagedStock staged,
            @ConfigProperty(name = "forgeline.terminal.spc-alert-window", defaultValue = "PT8H") Duration alertWindow, Clock clock) {
        this.dispatch = dispatch;
        this.holds = holds;
        this.alerts = alerts;
        this.staged = staged;
        this.alertWindow = alertWindow;
        this.clock = clock;
    }

    /** What the floor knows of the jobs, read in one session; warehouse is asked after it. */
    private record Known(List<DispatchEntry> entries, List<OperationComponent> components, List<MaterialConsumption> consumed,
                         List<StockHold> holds, Map<String, List<SpcAlert>> alerts) {
    }

    public Uni<JobList> at(String workCenterCode) {
        // the dispatch list's read joins this session: one database session for all the floor knows
        return Panache.withSession(() -> dispatch.openAt(workCenterCode, Optional.empty()).flatMap(this::known))
                .flatMap(known -> staged.at(workCenterCode, known.components().stream().map(OperationComponent::itemCode).toList())
                        .map(stock -> list(workCenterCode, known, stock)));
    }

    private Uni<Known> known(List<DispatchEntry> entries) {
        List<UUID> orders = entries.stream().map(DispatchEntry::orderId).distinct().toList();
        if (orders.isEmpty()) {
            return Uni.createFrom().item(new Known(entries, List.of(), List.of(), List.of(), Map.of()));
        }
        List<String> items = entries.stream().map(DispatchEntry::itemCode).distinct().toList();
        return OperationComponent.<OperationComponent>list("key.orderId in ?1 order by key.itemCode", orders)
                .flatMap(components -> MaterialConsumption.<MaterialConsumption>list("orderId in ?1", orders)
                        .flatMap(consumed -> holds.onItems(components.stream().map(OperationComponent::itemCode).distinct().toList())
                                .flatMap(held -> alerts.recentOn(items, clock.instant().minus(alertWindow), ALERTS_PER_JOB)
                                        .map(recent -> new Known(entries, components, consumed, held, recent)))));
    }

    private JobList list(String workCenterCode, Known known, Optional<Map<String, BigDecimal>> stock) {
        List<List<Component>> needs = known.entries().stream().map(entry -> components(entry, known)).toList();
        List<JobReadiness.Job> readiness = JobReadiness.shareOut(needs, stock);
        Instant now = clock.instant();
        List<JobView> jobs = new ArrayList<>();
        for (int i = 0; i < known.entries().size(); i++) {
            DispatchEntry entry = known.entries().get(i);
            JobReadiness.Job job = readiness.get(i);
            List<StockHold> onJob = known.holds().stream()
                    .filter(hold -> job.components().stream().anyMatch(c -> c.itemCode().equals(hold.itemCode)))
                    .toList();
            jobs.add(JobView.of(entry, late(entry, now), job, onJob, known.alerts().getOrDefault(entry.itemCode(), List.of())));
        }
        return new JobList(workCenterCode, stock.isPresent(), jobs);
    }

    private static List<Component> components(DispatchEntry entry, Known known) {
        Map<String, BigDecimal> consumed = known.consumed().stream()
                .filter(c -> c.orderId.equals(entry.orderId()) && c.operationSequence == entry.operationSequence())
                .collect(Collectors.toMap(c -> c.itemCode, c -> c.quantity, BigDecimal::add));
        return known.components().stream()
                .filter(c -> c.key.orderId().equals(entry.orderId()) && c.key.operationSequence() == entry.operationSequence())
                .map(c -> new Component(c.itemCode(), c.quantity, c.unit, consumed.getOrDefault(c.itemCode(), BigDecimal.ZERO), null))
                .toList();
    }

    /** Late: due already, or planned to end after it is due. */
    static boolean late(DispatchEntry entry, Instant now) {
        Instant due = entry.dueDate();
        return due != null && (due.isBefore(now) || (entry.plannedEnd() != null && entry.plannedEnd().isAfter(due)));
    }

    public record JobList(String workCenterCode, boolean stagingKnown, List<JobView> jobs) {
    }
}
