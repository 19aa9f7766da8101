package io.forgeline.quality.inspectionlot;

import io.forgeline.quality.inspectionplan.Characteristic;
import io.forgeline.quality.inspectionplan.InspectionPlan;
import io.forgeline.quality.sampling.Aql;
import io.forgeline.quality.sampling.InspectionLevel;
import io.forgeline.quality.sampling.SamplingEngine;
import io.forgeline.quality.sampling.SamplingPlan;
import io.forgeline.quality.sampling.Scheme;
import io.forgeline.quality.sampling.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Fixes each characteristic's sample when a lot opens: by AQL and inspection level (the characteristic's or the
 * plan's) at the severity its defect class's switching state is in, by the plan's fixed number, or the whole lot;
 * fixed and whole samples accept no nonconforming unit.
 */
final class LotSampling {

    private LotSampling() {
    }

    /** Units the tables count: a lot of 12.5 kg is sampled as 12 units, never fewer than one. */
    static long units(BigDecimal lotSize) {
        return Math.max(1, lotSize.setScale(0, RoundingMode.FLOOR).longValueExact());
    }

    static LotCharacteristic sampled(InspectionPlan plan, Characteristic c, long lotUnits, Severity severity) {
        LotCharacteristic lot = new LotCharacteristic();
        lot.position = c.position;
        lot.code = c.code;
        lot.description = c.description;
        lot.kind = c.kind.name();
        lot.defectClass = c.defectClass.name();
        lot.nominal = c.nominal;
        lot.lowerLimit = c.lowerLimit;
        lot.upperLimit = c.upperLimit;
        lot.unit = c.unit;
        switch (c.sampling) {
            case FIXED -> zeroAcceptance(lot, "FIXED", c.fixedSample, lotUnits);
            case FULL -> zeroAcceptance(lot, "FULL", lotUnits, lotUnits);
            default -> {
                BigDecimal aql = c.aql != null ? c.aql : plan.aql;
                String level = c.inspectionLevel != null ? c.inspectionLevel : plan.inspectionLevel;
                SamplingPlan sample = SamplingEngine.plan(lotUnits,
                        Aql.of(aql).orElseThrow(() -> new IllegalStateException("plan " + plan.code + " names AQL " + aql + ", not one of the series")),
                        InspectionLevel.byId(level).orElseThrow(() -> new IllegalStateException("plan " + plan.code + " names level " + level)),
                        severity, Scheme.byId(plan.scheme).orElse(Scheme.ISO_2859_1));
                lot.severity = severity.name();
                lot.aql = sample.aql().value();
                lot.codeLetter = String.valueOf(sample.codeLetter());
                lot.planLetter = String.valueOf(sample.planLetter());
                lot.sampleSize = sample.sampleSize();
                lot.inspectQuantity = Math.toIntExact(sample.inspectQuantity());
                lot.acceptance = sample.acceptance();
                lot.rejection = sample.rejection();
            }
        }
        return lot;
    }

    private static void zeroAcceptance(LotCharacteristic lot, String severity, long sample, long lotUnits) {
        lot.severity = severity;
        lot.sampleSize = Math.toIntExact(sample);
        lot.inspectQuantity = Math.toIntExact(Math.min(sample, lotUnits));
        lot.acceptance = 0;
        lot.rejection = 1;
    }

    /**
     * The lot's headline sample: the characteristic that needs the most units (the inspector draws that many), the
     * stricter plan on a tie.
     */
    static LotCharacteristic headline(List<LotCharacteristic> characteristics) {
        return characteristics.stream()
                .max(Comparator.comparingInt((LotCharacteristic c) -> c.sampleSize).thenComparing(c -> -c.acceptance))
                .orElseThrow();
    }
}
