package io.forgeline.execution.oee;

import io.forgeline.contracts.execution.v1.OeeCalculated;
import java.math.BigDecimal;
import java.time.Instant;

/** Maps a machine's figures for one shift to {@code OeeCalculated} on {@code execution.oee.v1}. */
final class OeeEvents {

    static final String TOPIC = "execution.oee.v1";
    static final String CALCULATED = "io.forgeline.execution.oee-calculated.v1";

    private OeeEvents() {
    }

    static OeeCalculated calculated(String machineCode, String workCenterCode, Period shift, OeeFigures figures, boolean isFinal, Instant at) {
        return OeeCalculated.newBuilder()
                .setMachineCode(machineCode)
                .setWorkCenterCode(workCenterCode)
                .setPeriodFrom(shift.from().toString())
                .setPeriodTo(shift.to().toString())
                .setGrain("SHIFT")
                .setShiftName(shift.shift() == null ? "" : shift.shift())
                .setAvailability(text(figures.availability()))
                .setPerformance(text(figures.performance()))
                .setQuality(text(figures.quality()))
                .setOee(text(figures.oee()))
                .setPlannedBusyMs(figures.plannedBusy())
                .setActualProductionMs(figures.actualProduction())
                .setDownMs(figures.down())
                .setSetupMs(figures.setup())
                .setIdleMs(figures.idle())
                .setUnknownMs(figures.unknown())
                .setProducedQuantity(figures.produced().stripTrailingZeros().toPlainString())
                .setGoodQuantity(figures.good().stripTrailingZeros().toPlainString())
                .setScrapQuantity(figures.scrap().stripTrailingZeros().toPlainString())
                .setFinal(isFinal)
                .setCalculatedAt(at.toString())
                .build();
    }

    /** The figures that make a value "the same" (not when it was calculated): equal ones are not published again. */
    static String fingerprint(OeeCalculated event) {
        return event.toBuilder().clearCalculatedAt().build().toString().replace('\n', ' ');
    }

    private static String text(BigDecimal factor) {
        return factor == null ? "" : factor.toPlainString();
    }
}
