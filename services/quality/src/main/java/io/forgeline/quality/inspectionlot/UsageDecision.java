package io.forgeline.quality.inspectionlot;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The usage decision on an inspection lot: made once, by a rule or a person, saying what becomes of its stock. */
@Entity
@Table(name = "usage_decision")
public class UsageDecision extends PanacheEntityBase {

    /** What the decision does with some of the lot's stock; the actions are the contract's UsageAction names. */
    public record Disposition(String action, BigDecimal quantity, String reason) {
    }

    /** The dispositions as stored: a JSON column needs an object at its root. */
    public record Dispositions(List<Disposition> lines) {
    }

    @Id
    public UUID id;

    @Column(name = "lot_id", nullable = false, unique = true)
    public UUID lotId;

    /** ACCEPTED, REJECTED, ACCEPTED_WITH_DEVIATION or PARTIAL. */
    @Column(nullable = false)
    public String outcome;

    /** Made by the Ac/Re rule when the sample was complete, not by a person. */
    @Column(nullable = false)
    public boolean automatic;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    public String comment;

    /** Who signed a decision made by hand: their Keycloak subject ({@link #decidedBy} is their user name). */
    @Column(name = "signer_subject")
    public String signerSubject;

    @Column(name = "signed_at")
    public Instant signedAt;

    /** What the signer declared by signing, in words, as they saw it. */
    @Column(name = "signature_meaning")
    public String signatureMeaning;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Dispositions dispositions;
}
