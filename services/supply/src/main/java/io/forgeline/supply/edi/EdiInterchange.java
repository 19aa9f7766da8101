package io.forgeline.supply.edi;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An interchange a supplier sent and what each of its messages did. */
@Entity
@Table(name = "edi_interchange")
public class EdiInterchange extends PanacheEntityBase {

    @Id
    private String id;

    @Column(name = "supplier_code", nullable = false)
    private String supplierCode;

    @Column(nullable = false)
    private String reference;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Outcomes messages;

    /** The outcomes as one JSON object: Hibernate Reactive reads and writes a JSON column's root as an object. */
    record Outcomes(List<EdiOutcome.MessageOutcome> messages) {
    }

    protected EdiInterchange() {
    }

    static String key(String supplierCode, String reference) {
        return supplierCode + ":" + reference;
    }

    static EdiInterchange received(String supplierCode, String reference, String contentHash, List<EdiOutcome.MessageOutcome> outcomes,
            String by, Instant now) {
        EdiInterchange interchange = new EdiInterchange();
        interchange.id = key(supplierCode, reference);
        interchange.supplierCode = supplierCode;
        interchange.reference = reference;
        interchange.contentHash = contentHash;
        interchange.receivedAt = now;
        interchange.receivedBy = by;
        interchange.messages = new Outcomes(List.copyOf(outcomes));
        return interchange;
    }

    String contentHash() {
        return contentHash;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    EdiOutcome outcome() {
        return new EdiOutcome(reference, receivedAt, messages.messages());
    }
}
