package io.forgeline.supply.supplier;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "supplier")
public class Supplier extends PanacheEntityBase {

    /** The code partner tokens carry as supplier_id. */
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false)
    public String country;

    /** A requisition's purchase order waits as a draft for a buyer instead of going to the supplier at once. */
    @Column(name = "approval_required", nullable = false)
    public boolean approvalRequired;

    /** The confidential Keycloak client its system signs in with; null until onboarding issued one. */
    @Column(name = "client_id")
    public String clientId;

    @Version
    public long version;
}
