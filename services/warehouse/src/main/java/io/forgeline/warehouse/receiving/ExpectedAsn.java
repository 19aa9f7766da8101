package io.forgeline.warehouse.receiving;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An ASN the dock expects, at the highest revision supply published. */
@Entity
@Table(name = "expected_asn")
public class ExpectedAsn extends PanacheEntityBase {

    @Id
    @Column(name = "asn_id")
    public UUID asnId;

    @Column(name = "asn_number", nullable = false)
    public String asnNumber;

    @Column(name = "supplier_code", nullable = false)
    public String supplierCode;

    @Column(name = "expected_arrival")
    public Instant expectedArrival;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExpectedAsnStatus status;

    @Version
    public long version;
}
