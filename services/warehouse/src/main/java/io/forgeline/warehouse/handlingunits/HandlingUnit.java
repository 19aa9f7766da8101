package io.forgeline.warehouse.handlingunits;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A pallet or carton with an SSCC; a carton may sit on a pallet. What it holds and where is in the stock balances. */
@Entity
@Table(name = "handling_unit")
public class HandlingUnit extends PanacheEntityBase {

    @Id
    public String sscc;

    @Column(name = "parent_sscc")
    public String parentSscc;

    @Column(name = "asn_id")
    public UUID asnId;

    @Column(name = "supplier_code")
    public String supplierCode;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    @Version
    public long version;
}
