package io.forgeline.execution.spc;

import static io.forgeline.platform.inbox.EventFields.instant;
import static io.forgeline.platform.inbox.EventFields.uuid;

import io.forgeline.contracts.quality.v1.SpcAlertRaised;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The shop floor's copy of quality's SPC alerts, and the recent ones per item for the job list. */
@ApplicationScoped
public class SpcAlerts {

    /** Inside the consumer's transaction; an alert kept already (quality published it twice) is kept once. */
    Uni<Void> raised(SpcAlertRaised event) {
        SpcAlert alert = new SpcAlert();
        alert.id = uuid(event.getAlertId(), "alert_id");
        alert.itemCode = event.getItemCode();
        alert.characteristic = event.getCharacteristic();
        alert.rule = event.getRule();
        alert.ruleText = event.getRuleText();
        alert.measured = event.getValue();
        alert.lot = event.getLot();
        alert.raisedAt = instant(event.getRaisedAt(), "raised_at");
        return SpcAlert.<SpcAlert>findById(alert.id).flatMap(kept -> kept != null ? Uni.createFrom().voidItem() : alert.persist().replaceWithVoid());
    }

    /** Per item, its alerts raised since then, newest first, at most {@code most}. In the caller's session. */
    public Uni<Map<String, List<SpcAlert>>> recentOn(Collection<String> itemCodes, Instant since, int most) {
        if (itemCodes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SpcAlert.<SpcAlert>list("itemCode in ?1 and raisedAt >= ?2 order by raisedAt desc, id", List.copyOf(itemCodes), since)
                .map(alerts -> alerts.stream().collect(Collectors.groupingBy(a -> a.itemCode,
                        Collectors.collectingAndThen(Collectors.toList(), list -> list.stream().limit(most).toList()))));
    }
}
