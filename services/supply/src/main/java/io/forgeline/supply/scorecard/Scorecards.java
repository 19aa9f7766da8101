package io.forgeline.supply.scorecard;

import io.forgeline.platform.paging.Where;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.supply.purchasing.Plant;
import io.forgeline.supply.supplier.Supplier;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The scorecards' figures per supplier and month of the plant's calendar, from the deliveries recorded. */
@ApplicationScoped
public class Scorecards {

    static final int MAX_MONTHS = 24;

    private final Plant plant;
    private final Clock clock;
    private final int onTimeDays;

    Scorecards(Plant plant, Clock clock, @ConfigProperty(name = "forgeline.supply.scorecard.on-time-days", defaultValue = "1") int onTimeDays) {
        this.plant = plant;
        this.clock = clock;
        this.onTimeDays = onTimeDays;
    }

    /** One supplier's figures for the last {@code months} months, this one last; a month without deliveries has nulls. */
    public Uni<Scorecard> of(String supplierCode, int months) {
        return all(Optional.of(supplierCode), months).map(cards -> cards.isEmpty()
                ? new Scorecard(supplierCode, null, empty(window(months))) : cards.get(0));
    }

    /** Every supplier's (or one's) scorecard, by supplier code. */
    public Uni<List<Scorecard>> all(Optional<String> supplierCode, int months) {
        List<YearMonth> window = window(months);
        LocalDate from = window.get(0).atDay(1);
        Where where = Where.all().equal("code", supplierCode);
        return Panache.withSession(() -> Supplier.<Supplier>list(where.query(), Sort.by("code"), where.parameters())
                .flatMap(suppliers -> figures(supplierCode, from).map(rows -> {
                    List<Scorecard> cards = new ArrayList<>();
                    for (Supplier supplier : suppliers) {
                        List<MonthFigures> shown = new ArrayList<>();
                        for (YearMonth month : window) {
                            shown.add(rows.getOrDefault(supplier.code + "|" + month, MonthFigures.none(month)));
                        }
                        cards.add(new Scorecard(supplier.code, supplier.name, shown));
                    }
                    return cards;
                })));
    }

    /** The {@code months} query parameter: 1 to {@value #MAX_MONTHS}, 6 when absent; 400 naming it otherwise. */
    static int months(String value) {
        if (value == null || value.isBlank()) {
            return 6;
        }
        try {
            int months = Integer.parseInt(value.trim());
            if (months >= 1 && months <= MAX_MONTHS) {
                return months;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new InvalidField("months", "must be a whole number from 1 to " + MAX_MONTHS);
    }

    private List<YearMonth> window(int months) {
        YearMonth now = YearMonth.from(LocalDate.ofInstant(clock.instant(), plant.zone()));
        List<YearMonth> window = new ArrayList<>();
        for (int back = months - 1; back >= 0; back--) {
            window.add(now.minusMonths(back));
        }
        return window;
    }

    private static List<MonthFigures> empty(List<YearMonth> window) {
        return window.stream().map(MonthFigures::none).toList();
    }

    /** Figures by "supplier|month": deliveries, on time, quantity, PPM from deliveries; ASN accuracy from handling units. */
    private Uni<Map<String, MonthFigures>> figures(Optional<String> supplierCode, LocalDate from) {
        String supplierFilter = supplierCode.isPresent() ? " and supplier_code = :supplier" : "";
        return Panache.getSession().flatMap(session -> {
            var deliveries = session.createNativeQuery("""
                    select supplier_code, to_char(received_on, 'YYYY-MM'), count(*),
                           100.0 * avg(case when abs(received_on - expected_on) <= :days then 1 else 0 end),
                           100.0 * avg(case when received_quantity - damaged_quantity >= expected_quantity
                                             and received_quantity - damaged_quantity <= expected_quantity * (1 + tolerance / 100)
                                            then 1 else 0 end),
                           sum(received_quantity - damaged_quantity), sum(rejected_quantity)
                    from delivery where received_on >= :from""" + supplierFilter + " group by 1, 2", Object[].class)
                    .setParameter("days", onTimeDays).setParameter("from", from);
            var units = session.createNativeQuery("""
                    select supplier_code, to_char(received_on, 'YYYY-MM'), 100.0 * avg(case when as_announced then 1 else 0 end)
                    from asn_unit_receipt where received_on >= :from""" + supplierFilter + " group by 1, 2", Object[].class)
                    .setParameter("from", from);
            if (supplierCode.isPresent()) {
                deliveries.setParameter("supplier", supplierCode.get());
                units.setParameter("supplier", supplierCode.get());
            }
            return deliveries.getResultList().flatMap(delivered -> units.getResultList().map(announced -> {
                Map<String, BigDecimal> asnAccuracy = new HashMap<>();
                announced.forEach(row -> asnAccuracy.put(row[0] + "|" + row[1], percent(row[2])));
                Map<String, MonthFigures> figures = new HashMap<>();
                for (Object[] row : delivered) {
                    String key = row[0] + "|" + row[1];
                    BigDecimal accepted = (BigDecimal) row[5];
                    BigDecimal rejected = (BigDecimal) row[6];
                    BigDecimal ppm = accepted.signum() == 0 ? BigDecimal.ZERO
                            : rejected.multiply(BigDecimal.valueOf(1_000_000)).divide(accepted, 0, RoundingMode.HALF_UP);
                    figures.put(key, new MonthFigures(row[1].toString(), ((Number) row[2]).intValue(), percent(row[3]), percent(row[4]),
                            asnAccuracy.remove(key), ppm.intValue()));
                }
                // months with handling units received but no scored order line (goods of no order of ours)
                asnAccuracy.forEach((key, accuracy) -> figures.put(key, new MonthFigures(key.substring(key.indexOf('|') + 1), 0, null, null,
                        accuracy, null)));
                return figures;
            }));
        });
    }

    private static BigDecimal percent(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    /** A supplier's months, oldest first. */
    public record Scorecard(String supplierCode, String supplierName, List<MonthFigures> months) {
    }

    /**
     * One month: deliveries (order lines received per day), per cent on time, per cent with the right quantity, per
     * cent of ASN handling units exactly as announced, and parts per million rejected by quality. Null without data.
     */
    public record MonthFigures(String month, int deliveries, BigDecimal onTimePercent, BigDecimal quantityAccuracyPercent,
                               BigDecimal asnAccuracyPercent, Integer ppm) {

        static MonthFigures none(YearMonth month) {
            return new MonthFigures(month.toString(), 0, null, null, null, null);
        }
    }
}
