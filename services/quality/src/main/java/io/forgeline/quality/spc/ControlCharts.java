package io.forgeline.quality.spc;

import io.forgeline.contracts.quality.v1.SpcAlertRaised;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The control charts of recorded measurements: each characteristic's values as an individuals chart, judged against
 * its frozen phase-I limits when a quality engineer froze them, else against limits estimated from its latest points.
 * Every new value is checked by the Nelson rules at once, in the transaction that records it, and a value that
 * completes a pattern raises an alert on {@value #TOPIC} through the outbox.
 */
@ApplicationScoped
public class ControlCharts {

    static final String TOPIC = "quality.spc-alerts.v1";
    static final String RAISED = "io.forgeline.quality.spc-alert-raised.v1";
    /** The latest points a chart shows and the rules read: enough for every pattern, few enough to read at once. */
    static final int WINDOW = 125;

    private static final String[] NELSON = {
        "one point beyond 3 sigma", "nine points in a row on one side of the center",
        "six points in a row steadily increasing or decreasing", "fourteen points in a row alternating up and down",
        "two of three points beyond 2 sigma on one side", "four of five points beyond 1 sigma on one side",
        "fifteen points in a row within 1 sigma", "eight points in a row beyond 1 sigma on both sides",
    };

    private final Outbox outbox;
    private final Clock clock;

    ControlCharts(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Records the values on their chart and raises an alert for every rule a new value completes. In the caller's transaction. */
    public Uni<List<SpcAlertRaised>> record(Series series, List<MeasuredValue> values) {
        Uni<Void> saved = Uni.createFrom().voidItem();
        for (MeasuredValue value : values) {
            saved = saved.call(() -> Measurement.of(series, value).persist());
        }
        return saved.flatMap(done -> latest(series)).flatMap(points -> Baseline.<Baseline>findById(series.key()).flatMap(baseline -> {
            List<SpcAlertRaised> alerts = alerts(series, points, baseline, values.size());
            Uni<Void> published = Uni.createFrom().voidItem();
            for (SpcAlertRaised alert : alerts) {
                published = published.call(() -> outbox.append(TOPIC, series.key(), RAISED, alert));
            }
            return published.replaceWith(alerts);
        }));
    }

    /** The chart as drawn now: the latest points, judged as new ones are. */
    public Uni<Analysis> chart(Series series) {
        return latest(series).flatMap(points -> Baseline.<Baseline>findById(series.key()).map(baseline -> {
            if (points.size() < 2) {
                throw new RuleViolation("characteristic", series.characteristic() + " of " + series.itemCode() + " has "
                        + points.size() + " measurement" + (points.size() == 1 ? "" : "s") + ": a chart needs two");
            }
            ControlChart chart = drawn(points, baseline);
            return Analysis.of(chart, null, RunRules.NELSON.evaluate(chart.points()), RunRules.NELSON);
        }));
    }

    /** Freezes the chart's current limits as its phase-I baseline, replacing an earlier one. */
    public Uni<Baseline> freeze(Series series, Actor actor) {
        return latest(series).flatMap(points -> {
            if (points.size() < 20) {
                throw new RuleViolation("characteristic", "phase I needs at least 20 measurements of " + series.characteristic() + "; "
                        + series.itemCode() + " has " + points.size());
            }
            ControlChart chart = drawn(points, null);
            return Baseline.<Baseline>findById(series.key()).flatMap(found -> {
                Baseline baseline = found != null ? found : new Baseline();
                baseline.series = series.key();
                baseline.itemCode = series.itemCode();
                baseline.characteristic = series.characteristic();
                baseline.center = chart.limits().center();
                baseline.sigma = chart.spread().orElseThrow().within();
                baseline.points = points.size();
                baseline.frozenAt = clock.instant();
                baseline.frozenBy = actor.name();
                return found != null ? Uni.createFrom().item(baseline) : baseline.<Baseline>persist();
            });
        });
    }

    private static Uni<List<Measurement>> latest(Series series) {
        return Measurement.<Measurement>find("itemCode = ?1 and characteristic = ?2", Sort.descending("seq"), series.itemCode(), series.characteristic())
                .page(Page.ofSize(WINDOW)).list()
                .map(newestFirst -> {
                    List<Measurement> oldestFirst = new ArrayList<>(newestFirst);
                    Collections.reverse(oldestFirst);
                    return oldestFirst;
                });
    }

    private static ControlChart drawn(List<Measurement> points, Baseline baseline) {
        double[] values = points.stream().mapToDouble(m -> m.measured.doubleValue()).toArray();
        return VariablesCharts.individuals(values, baseline == null ? Known.NOTHING : baseline.known());
    }

    /** The rules a new point completes; the chart needs two points (and a spread) before it judges anything. */
    private List<SpcAlertRaised> alerts(Series series, List<Measurement> points, Baseline baseline, int added) {
        if (points.size() < 2) {
            return List.of();
        }
        ControlChart chart = drawn(points, baseline);
        if (chart.points().get(0).sigma() == 0 && baseline == null) {
            return List.of(); // every value alike so far: no spread to judge against yet
        }
        int firstNew = points.size() - added;
        List<SpcAlertRaised> alerts = new ArrayList<>();
        for (RunRules.Violation violation : RunRules.NELSON.evaluate(chart.points())) {
            if (violation.index() >= firstNew) {
                alerts.add(alert(series, points.get(violation.index()), chart.points().get(violation.index()), violation.rule(), baseline != null));
            }
        }
        return alerts;
    }

    private SpcAlertRaised alert(Series series, Measurement m, PlottedPoint point, int rule, boolean frozen) {
        return SpcAlertRaised.newBuilder().setAlertId(UUID.randomUUID().toString()).setItemCode(series.itemCode())
                .setCharacteristic(series.characteristic()).setRule(rule).setRuleText(NELSON[rule - 1])
                .setValue(m.measured.stripTrailingZeros().toPlainString()).setCenter(plain(point.center())).setLcl(plain(point.lcl()))
                .setUcl(plain(point.ucl())).setFrozenLimits(frozen).setMeasuredAt(m.measuredAt.toString())
                .setInspectionLotId(m.inspectionLotId == null ? "" : m.inspectionLotId.toString()).setLot(m.lot == null ? "" : m.lot)
                .setSupplierCode(m.supplierCode).setRaisedAt(clock.instant().toString()).build();
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
