package io.forgeline.execution.genealogy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Quality's usage decision on an inspection lot of a lot: which inspection decided it, how, who, when. */
@Entity
@Table(name = "lot_decision")
public class LotDecision extends PanacheEntityBase {

    @Id
    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "inspection_lot_id", nullable = false)
    public UUID inspectionLotId;

    @Column(name = "inspection_lot_number", nullable = false)
    public String inspectionLotNumber;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String lot;

    /** What the decision did, e.g. "RELEASE 95 PCE, SCRAP 5 PCE". */
    @Column(nullable = false)
    public String actions;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;
}
