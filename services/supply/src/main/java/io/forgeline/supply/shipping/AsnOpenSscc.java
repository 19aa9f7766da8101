package io.forgeline.supply.shipping;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A handling unit on an open ASN; the primary key keeps it on one open ASN at a time. Gone when the ASN closes. */
@Entity
@Table(name = "asn_open_sscc")
public class AsnOpenSscc extends PanacheEntityBase {

    @Id
    String sscc;

    @Column(name = "asn_id", nullable = false)
    UUID asnId;

    static AsnOpenSscc of(String sscc, UUID asnId) {
        AsnOpenSscc row = new AsnOpenSscc();
        row.sscc = sscc;
        row.asnId = asnId;
        return row;
    }
}
