package io.forgeline.execution.reasons;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** One reason the plant defined, with its names in both languages of the terminal. Changed only by {@link #define}. */
@Entity
@Table(name = "reason_code")
public class ReasonCode extends PanacheEntityBase {

    @EmbeddedId
    private Key id;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    @Embeddable
    public record Key(@Enumerated(EnumType.STRING) @Column(name = "kind") ReasonKind kind, @Column(name = "code") String code)
            implements Serializable {
    }

    protected ReasonCode() {
    }

    static ReasonCode of(Key key) {
        ReasonCode reason = new ReasonCode();
        reason.id = key;
        return reason;
    }

    void define(String name, String nameZh, boolean active, String actor, Instant at) {
        this.name = name;
        this.nameZh = nameZh;
        this.active = active;
        this.changedBy = actor;
        this.changedAt = at;
    }

    public ReasonKind kind() {
        return id.kind();
    }

    public String code() {
        return id.code();
    }

    public String name() {
        return name;
    }

    public String nameZh() {
        return nameZh;
    }

    public boolean active() {
        return active;
    }
}
