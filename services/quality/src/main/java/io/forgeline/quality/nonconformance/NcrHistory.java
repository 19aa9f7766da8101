package io.forgeline.quality.nonconformance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of an NCR as people read it afterwards: who did what, when. Written with the step, never changed. */
@Entity
@Table(name = "ncr_history")
public class NcrHistory extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The database's order of writing: steps in one millisecond still read in order. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "ncr_id", nullable = false)
    public UUID ncrId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String step;

    static NcrHistory of(UUID ncrId, Instant at, String actor, String step) {
        NcrHistory history = new NcrHistory();
        history.id = UUID.randomUUID();
        history.ncrId = ncrId;
        history.at = at;
        history.actor = actor;
        history.step = step;
        return history;
    }
}
