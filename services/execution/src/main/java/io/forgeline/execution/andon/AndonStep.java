package io.forgeline.execution.andon;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One step of an andon as the audit trail keeps it: what, when, by whom, at which terminal, with which note. Never changed. */
@Entity
@Table(name = "andon_step")
public class AndonStep extends PanacheEntityBase {

    public enum Kind {
        RAISED, ACKNOWLEDGED, ESCALATED, RESOLVED
    }

    @Embeddable
    public record Key(@Column(name = "andon_id") UUID andonId, @Column(name = "seq") int seq) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind step;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_whom", nullable = false)
    private String by;

    private String terminal;

    private String note;

    /** The andon's escalation level after the step. */
    @Column(nullable = false)
    private int level;

    /** RAISED and ESCALATED: the role the step calls (null when the ladder names none). */
    private String role;

    protected AndonStep() {
    }

    static AndonStep of(UUID andonId, int seq, Kind step, Instant at, String by, String terminal, String note, int level, String role) {
        AndonStep s = new AndonStep();
        s.id = new Key(andonId, seq);
        s.step = step;
        s.at = at;
        s.by = by;
        s.terminal = terminal;
        s.note = note;
        s.level = level;
        s.role = role;
        return s;
    }

    public UUID andonId() {
        return id.andonId();
    }

    public int seq() {
        return id.seq();
    }

    public Kind step() {
        return step;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String terminal() {
        return terminal;
    }

    public String note() {
        return note;
    }

    public int level() {
        return level;
    }

    public String role() {
        return role;
    }
}
