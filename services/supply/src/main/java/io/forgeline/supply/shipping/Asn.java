package io.forgeline.supply.shipping;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An advance shipping notice a supplier sent and we accepted. Replacing it keeps its id and counts a revision. */
@Entity
@Table(name = "asn")
public class Asn extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "asn_number", nullable = false)
    private String asnNumber;

    @Column(name = "supplier_code", nullable = false)
    private String supplierCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AsnStatus status;

    @Column(name = "ship_date", nullable = false)
    private LocalDate shipDate;

    @Column(name = "expected_arrival", nullable = false)
    private Instant expectedArrival;

    private String carrier;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "handling_units", nullable = false)
    private HandlingUnits document;

    /** The handling units as one JSON object: Hibernate Reactive reads and writes a JSON column's root as an object. */
    record HandlingUnits(List<HandlingUnit> units) {
    }

    @Column(nullable = false)
    private int revision;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(name = "accepted_by", nullable = false)
    private String acceptedBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Version
    private long version;

    protected Asn() {
    }

    static Asn accept(String supplierCode, ShippingNotice notice, List<HandlingUnit> units, String by, Instant now) {
        Asn asn = new Asn();
        asn.id = UUID.randomUUID();
        asn.supplierCode = supplierCode;
        asn.status = AsnStatus.OPEN;
        asn.revision = 0;
        asn.take(notice, units, by, now);
        return asn;
    }

    /** The supplier replaces what it announced, while the goods are still on their way. */
    void replace(ShippingNotice notice, List<HandlingUnit> units, String by, Instant now) {
        requireOpen("replaced");
        take(notice, units, by, now);
    }

    void cancel(Instant now) {
        requireOpen("cancelled");
        status = AsnStatus.CANCELLED;
        cancelledAt = now;
    }

    /** Its last handling unit came in at our dock; an ASN received or cancelled before stays as it is. */
    boolean receive(Instant at) {
        if (status != AsnStatus.OPEN) {
            return false;
        }
        status = AsnStatus.RECEIVED;
        receivedAt = at;
        return true;
    }

    private void take(ShippingNotice notice, List<HandlingUnit> units, String by, Instant now) {
        asnNumber = notice.asnNumber();
        shipDate = notice.shipDate();
        expectedArrival = notice.expectedArrival();
        carrier = notice.carrier();
        document = new HandlingUnits(List.copyOf(units));
        revision++;
        acceptedAt = now;
        acceptedBy = by;
    }

    private void requireOpen(String what) {
        if (status != AsnStatus.OPEN) {
            throw new IllegalTransition("ASN " + asnNumber + " is " + status + " and can no longer be " + what);
        }
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public UUID id() {
        return id;
    }

    public String asnNumber() {
        return asnNumber;
    }

    public String supplierCode() {
        return supplierCode;
    }

    public AsnStatus status() {
        return status;
    }

    public LocalDate shipDate() {
        return shipDate;
    }

    public Instant expectedArrival() {
        return expectedArrival;
    }

    public String carrier() {
        return carrier;
    }

    public List<HandlingUnit> handlingUnits() {
        return document.units();
    }

    public int revision() {
        return revision;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
