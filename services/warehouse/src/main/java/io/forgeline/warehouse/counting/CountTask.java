package io.forgeline.warehouse.counting;

import io.forgeline.platform.problem.IllegalTransition;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A cycle count of one bin (CNT-…): OPEN, counted blind, then POSTED or AWAITING_APPROVAL. */
@Entity
@Table(name = "count_task")
public class CountTask extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "bin_code", nullable = false)
    public String bin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CountStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "counted_at")
    public Instant countedAt;

    @Column(name = "counted_by")
    public String countedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lines", nullable = false)
    Lines document;

    @Version
    public long version;

    /** The lines as one JSON object: Hibernate Reactive reads and writes a JSON column's root as an object. */
    record Lines(List<CountLine> lines) {
    }

    public CountStatus status() {
        return status;
    }

    public List<CountLine> lines() {
        return document.lines();
    }

    /** Checked before anything is booked: a count is entered once. */
    void requireOpen() {
        if (status != CountStatus.OPEN) {
            throw new IllegalTransition("count " + number + " was counted already, by " + countedBy);
        }
    }

    void requireAwaitingApproval() {
        if (status != CountStatus.AWAITING_APPROVAL) {
            throw new IllegalTransition("count " + number + " waits for no approval: it is " + status);
        }
    }

    void counted(List<CountLine> lines, boolean needsApproval, String by, Instant at) {
        requireOpen();
        document = new Lines(lines);
        countedBy = by;
        countedAt = at;
        status = needsApproval ? CountStatus.AWAITING_APPROVAL : CountStatus.POSTED;
    }

    void approved(List<CountLine> lines, String by, Instant at) {
        requireAwaitingApproval();
        document = new Lines(lines);
        approvedBy = by;
        approvedAt = at;
        status = CountStatus.POSTED;
    }
}
