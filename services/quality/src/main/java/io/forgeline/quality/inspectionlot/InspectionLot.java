package io.forgeline.quality.inspectionlot;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A quantity of one item lot to inspect under a plan, from its opening to its usage decision. */
@Entity
@Table(name = "inspection_lot")
public class InspectionLot extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String DECIDED = "DECIDED";

    @Id
    public UUID id;

    /** IL-000042: how people and the stock ledger name it. */
    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "inspection_type", nullable = false)
    public String inspectionType;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    /** The supplier whose lot it is; "" for the plant's own. */
    @Column(name = "supplier_code", nullable = false)
    public String supplierCode = "";

    @Column(nullable = false)
    public String lot;

    /** In the item's base unit. */
    @Column(name = "lot_size", nullable = false)
    public BigDecimal lotSize;

    @Column(nullable = false)
    public String unit;

    /** SSCCs of the inspected stock, comma separated; empty: the lot's whole quarantine. */
    @Column(name = "handling_units", nullable = false)
    public String handlingUnits = "";

    /** Null for a lot released without inspection (no plan asks for one). */
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_code")
    public String planCode;

    public String scheme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LotOrigin origin;

    /** The receipt or output that opened it, for opening it once. */
    @Column(name = "origin_ref")
    public String originRef;

    @Column(nullable = false)
    public String status;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_lot_characteristic", joinColumns = @JoinColumn(name = "lot_id"))
    @OrderBy("position")
    public List<LotCharacteristic> characteristics = new ArrayList<>();

    @Version
    public long version;

    public boolean open() {
        return OPEN.equals(status);
    }

    public List<String> handlingUnitList() {
        return handlingUnits.isBlank() ? List.of() : Arrays.asList(handlingUnits.split(","));
    }

    /** Every characteristic's sample is in. */
    public boolean sampleComplete() {
        return characteristics.stream().allMatch(LotCharacteristic::complete);
    }

    /** REJECTED once any characteristic has reached Re, ACCEPTED when every sample is in below it, OPEN until then. */
    public String valuation() {
        if (characteristics.stream().anyMatch(LotCharacteristic::rejects)) {
            return "REJECTED";
        }
        return sampleComplete() ? "ACCEPTED" : "OPEN";
    }

    public java.util.Optional<LotCharacteristic> characteristic(String code) {
        return characteristics.stream().filter(c -> c.code.equals(code)).findFirst();
    }
}
