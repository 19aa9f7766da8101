package io.forgeline.supply.supplier;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person at the supplier a buyer talks to (personal data: name, e-mail, phone). */
@Entity
@Table(name = "supplier_contact")
public class SupplierContact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "supplier_code", nullable = false)
    public String supplierCode;

    @Column(nullable = false)
    public String name;

    /** e.g. sales, logistics, quality. */
    public String role;

    public String email;

    public String phone;
}
