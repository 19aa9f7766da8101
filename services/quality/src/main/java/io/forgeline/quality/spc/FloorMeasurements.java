package io.forgeline.quality.spc;

import static io.forgeline.platform.inbox.EventFields.decimal;
import static io.forgeline.platform.inbox.EventFields.instant;

import io.forgeline.contracts.execution.v1.CollectedValue;
import io.forgeline.contracts.execution.v1.OperationDataCollected;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Measurements operators recorded on the shop floor against a work instruction's fields: each goes on the chart of its
 * item and field code (the field code is the characteristic), through the same path inspection results take, so the
 * Nelson rules judge it and an alert is raised as for any inspection. The order number stands as the lot (work in
 * progress has no lot of its own yet); there is no inspection lot. Checkboxes are not charted.
 */
@ApplicationScoped
public class FloorMeasurements {

    static final String MEASUREMENT = "MEASUREMENT";

    private final ControlCharts charts;

    FloorMeasurements(ControlCharts charts) {
        this.charts = charts;
    }

    /** Inside the consumer's transaction, which also keeps the event's id: a redelivery records nothing twice. */
    public Uni<Void> collected(OperationDataCollected event) {
        if (event.getItemCode().isBlank()) {
            return Uni.createFrom().voidItem();
        }
        Instant at = instant(event.getRecordedAt(), "recorded_at");
        Uni<Void> charted = Uni.createFrom().voidItem();
        for (CollectedValue value : event.getValuesList()) {
            if (!MEASUREMENT.equals(value.getKind())) {
                continue;
            }
            MeasuredValue measured = new MeasuredValue(decimal(value.getValue(), "values.value"), at, null, event.getOrderNumber(), "",
                    event.getRecordedBy());
            charted = charted.call(() -> charts.record(new Series(event.getItemCode(), value.getFieldCode()), List.of(measured)));
        }
        return charted;
    }
}
