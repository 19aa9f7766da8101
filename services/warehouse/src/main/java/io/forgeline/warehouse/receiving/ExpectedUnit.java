package io.forgeline.warehouse.receiving;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A handling unit an ASN announces. */
@Entity
@Table(name = "expected_unit")
public class ExpectedUnit extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lines", nullable = false)
    Lines document;

    /** The lines as one JSON object: Hibernate Reactive reads and writes a JSON column's root as an object. */
    record Lines(List<ExpectedLine> lines) {
    }

    public List<ExpectedLine> lines() {
        return document.lines();
    }

    @Embeddable
    public record Key(@Column(name = "asn_id") UUID asnId, @Column(name = "sscc") String sscc) implements Serializable {
    }

    static ExpectedUnit of(UUID asnId, String sscc, List<ExpectedLine> lines) {
        ExpectedUnit unit = new ExpectedUnit();
        unit.key = new Key(asnId, sscc);
        unit.document = new Lines(lines);
        return unit;
    }
}
