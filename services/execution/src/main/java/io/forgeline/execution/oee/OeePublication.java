package io.forgeline.execution.oee;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** What was last published on {@code execution.oee.v1} for one machine and shift. */
@Entity
@Table(name = "oee_publication")
public class OeePublication extends PanacheEntityBase {

    @Id
    private String id;

    @Column(name = "machine_code", nullable = false)
    private String machineCode;

    @Column(name = "period_from", nullable = false)
    private Instant periodFrom;

    @Column(name = "period_to", nullable = false)
    private Instant periodTo;

    @Column(nullable = false)
    private String fingerprint;

    @Column(name = "final", nullable = false)
    private boolean final_;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Version
    private long version;

    protected OeePublication() {
    }

    static String id(String machineCode, Instant from, Instant to) {
        return machineCode + "|" + from + "|" + to;
    }

    static OeePublication first(String machineCode, Instant from, Instant to) {
        OeePublication publication = new OeePublication();
        publication.id = id(machineCode, from, to);
        publication.machineCode = machineCode;
        publication.periodFrom = from;
        publication.periodTo = to;
        return publication;
    }

    /** A shift published final is never recalculated. */
    boolean isFinal() {
        return final_;
    }

    /** Whether these figures (and finality) differ from what was published: only then is there something to publish. */
    boolean changes(String newFingerprint) {
        return !newFingerprint.equals(fingerprint);
    }

    void published(String newFingerprint, boolean isFinal, Instant at) {
        fingerprint = newFingerprint;
        final_ = isFinal;
        publishedAt = at;
    }
}
