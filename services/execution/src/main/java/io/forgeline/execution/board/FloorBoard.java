package io.forgeline.execution.board;

import io.forgeline.execution.andon.Andons;
import io.forgeline.execution.board.BoardView.JobOnMachine;
import io.forgeline.execution.board.BoardView.ShiftOee;
import io.forgeline.execution.board.BoardView.MachineTile;
import io.forgeline.execution.board.BoardView.SpcAlertView;
import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.dispatch.DispatchLists;
import io.forgeline.execution.dispatch.OperationStatus;
import io.forgeline.execution.machines.MachineStatusBoard;
import io.forgeline.execution.machines.MachineStatusBoard.MachineOnFloor;
import io.forgeline.execution.oee.OeeFigures;
import io.forgeline.execution.oee.OeeService;
import io.forgeline.execution.signals.MachineRunState;
import io.forgeline.execution.signals.MachineSignalState;
import io.forgeline.execution.signals.MachineSignals;
import io.forgeline.execution.spc.SpcAlert;
import io.forgeline.execution.spc.SpcAlerts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Puts the board together from the features that own each part: machines, dispatch, andons, SPC alerts, OEE. */
@ApplicationScoped
public class FloorBoard {

    private static final Logger LOG = Logger.getLogger(FloorBoard.class);
    /** Long enough to reach back to the start of any shift under way. */
    private static final Duration LONGEST_SHIFT = Duration.ofHours(16);

    private static final int NEXT_JOBS = 3;
    private static final int ALERTS_PER_ITEM = 3;

    private final MachineStatusBoard machines;
    private final DispatchLists dispatch;
    private final SpcAlerts alerts;
    private final Andons andons;
    private final OeeService oee;
    private final MachineSignals signals;
    private final Duration alertWindow;
    private final Clock clock;

    FloorBoard(MachineStatusBoard machines, DispatchLists dispatch, SpcAlerts alerts, Andons andons, OeeService oee,
            MachineSignals signals, @ConfigProperty(name = "forgeline.terminal.spc-alert-window", defaultValue = "PT8H") Duration alertWindow,
            Clock clock) {
        this.machines = machines;
        this.dispatch = dispatch;
        this.alerts = alerts;
        this.andons = andons;
        this.oee = oee;
        this.signals = signals;
        this.alertWindow = alertWindow;
        this.clock = clock;
    }

    /** The board of one work center, or of the whole plant. */
    public Uni<BoardView> snapshot(Optional<String> workCenterCode) {
        Instant now = clock.instant();
        return machines.board(workCenterCode).flatMap(onFloor -> shiftsSoFar(onFloor, now).flatMap(shifts ->
                signals.live(onFloor.stream().map(m -> m.machine().code).toList()).flatMap(live ->
                Panache.withSession(() -> openWork(onFloor).flatMap(work -> {
                    List<MachineTile> tiles = onFloor.stream()
                            .map(m -> tile(m, live.get(m.machine().code), work, shifts.get(m.machine().code), now)).toList();
                    Set<String> items = tiles.stream().map(MachineTile::current).filter(Objects::nonNull)
                            .map(JobOnMachine::itemCode).collect(Collectors.toCollection(TreeSet::new));
                    return alerts.recentOn(items, now.minus(alertWindow), ALERTS_PER_ITEM)
                            .map(byItem -> new BoardView(now, tiles, List.of(), newestFirst(byItem)));
                }))
                .flatMap(view -> andons.list(workCenterCode, true)
                        .map(open -> new BoardView(view.at(), view.machines(), open, view.spcAlerts()))))));
    }

    private static List<SpcAlertView> newestFirst(Map<String, List<SpcAlert>> byItem) {
        return byItem.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing((SpcAlert a) -> a.raisedAt).reversed())
                .map(a -> new SpcAlertView(a.id, a.itemCode, a.characteristic, a.rule, a.ruleText, a.measured, a.raisedAt))
                .toList();
    }

    /**
     * Each machine's shift under way, from its start to now, as the OEE computes it (never recomputed here). A machine
     * whose figures cannot be had shows none: one missing figure must not take the whole board down.
     */
    private Uni<Map<String, ShiftOee>> shiftsSoFar(List<MachineOnFloor> onFloor, Instant now) {
        Uni<Map<String, ShiftOee>> all = Uni.createFrom().item(new HashMap<>());
        for (MachineOnFloor m : onFloor) {
            String code = m.machine().code;
            all = all.flatMap(shifts -> oee.ofMachine(code, now.minus(LONGEST_SHIFT), now, OeeService.Grain.SHIFT)
                    .map(rows -> rows.isEmpty() ? null : rows.getLast())
                    .onFailure().recoverWithItem(failure -> {
                        LOG.warnf("board: no OEE for machine %s: %s", code, failure.getMessage());
                        return null;
                    })
                    .map(last -> {
                        // the window ends now: a row ending now is the shift under way
                        if (last != null && last.period().shift() != null && last.period().to().equals(now)) {
                            shifts.put(code, shiftOee(last));
                        }
                        return shifts;
                    }));
        }
        return all;
    }

    private static ShiftOee shiftOee(OeeFigures f) {
        return new ShiftOee(f.period().shift(), f.period().from(), f.availability(), f.performance(), f.quality(), f.oee());
    }

    /** Open work of every work center on the board, one work center after the other in one session. */
    private Uni<List<DispatchEntry>> openWork(List<MachineOnFloor> onFloor) {
        Set<String> centers = onFloor.stream().map(m -> m.machine().workCenterCode).collect(Collectors.toCollection(TreeSet::new));
        Uni<List<DispatchEntry>> all = Uni.createFrom().item(new ArrayList<>());
        for (String center : centers) {
            all = all.flatMap(list -> dispatch.openAt(center, Optional.empty()).map(entries -> {
                list.addAll(entries);
                return list;
            }));
        }
        return all;
    }

    private static MachineTile tile(MachineOnFloor m, MachineSignalState live, List<DispatchEntry> work, ShiftOee shift,
            Instant now) {
        String code = m.machine().code;
        List<DispatchEntry> mine = work.stream().filter(e -> code.equals(e.machineCode())).toList();
        JobOnMachine current = mine.stream()
                .filter(e -> e.status() == OperationStatus.RUNNING || e.status() == OperationStatus.PAUSED)
                .max(Comparator.comparing(DispatchEntry::startedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(e -> job(e, now)).orElse(null);
        List<JobOnMachine> next = mine.stream().filter(e -> e.status() == OperationStatus.QUEUED)
                .limit(NEXT_JOBS).map(e -> job(e, now)).toList();
        return new MachineTile(code, m.machine().name, m.machine().workCenterCode,
                (live == null ? MachineRunState.UNKNOWN : live.runState()).name(), live == null ? null : live.runStateSince(),
                m.status().name(), m.reason(), m.since(), current, next, shift);
    }

    private static JobOnMachine job(DispatchEntry e, Instant now) {
        Takt takt = Takt.of(e.quantity(), e.runMinutes(), e.goodQuantity(), e.startedAt(), now);
        boolean started = e.status().hasStarted();
        return new JobOnMachine(e.orderId(), e.orderNumber(), e.itemCode(), e.operationSequence(), e.status().name(),
                e.quantity(), e.unit(), takt.made(), started ? takt.expected() : null, started && takt.behind(), e.startedAt(),
                e.plannedStart(), e.plannedEnd(), e.plannedEnd() != null && e.plannedEnd().isBefore(now));
    }
}
