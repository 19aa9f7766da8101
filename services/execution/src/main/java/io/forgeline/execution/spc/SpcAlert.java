package io.forgeline.execution.spc;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A run-rule violation quality raised on a characteristic of an item, as quality published it. Never changed. */
@Entity
@Table(name = "spc_alert")
public class SpcAlert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String characteristic;

    /** Nelson rule 1..8. */
    @Column(nullable = false)
    public int rule;

    @Column(name = "rule_text", nullable = false)
    public String ruleText;

    /** The value that completed the pattern, as quality wrote it (plain decimal). */
    @Column(nullable = false)
    public String measured;

    /** The lot the value was measured on (for values recorded on the floor: the production order's number). */
    @Column(nullable = false)
    public String lot;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;
}
