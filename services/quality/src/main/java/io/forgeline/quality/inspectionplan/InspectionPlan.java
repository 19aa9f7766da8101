package io.forgeline.quality.inspectionplan;

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
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "inspection_plan")
public class InspectionPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The plan's code, the same in every revision. */
    @Column(nullable = false)
    public String code;

    /** 1 for the first version; each change by a quality engineer adds one. */
    @Column(nullable = false)
    public int revision = 1;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_type", nullable = false)
    public InspectionType inspectionType;

    /** Acceptable quality limit in percent nonconforming, e.g. 1.0. */
    @Column(nullable = false)
    public BigDecimal aql;

    /** ISO 2859-1 inspection level: general I, II, III or special S-1 … S-4. */
    @Column(name = "inspection_level", nullable = false)
    public String inspectionLevel;

    @Column(nullable = false)
    public boolean active;

    /** A plan for one supplier's deliveries only; null for every supplier. */
    @Column(name = "supplier_code")
    public String supplierCode;

    /** Whose tables and switching rules apply: ISO2859-1 or Z1.4. */
    @Column(nullable = false)
    public String scheme = "ISO2859-1";

    /** The routing operation an in-process plan inspects at; null for incoming and final plans. */
    @Column(name = "operation_sequence")
    public Integer operationSequence;

    /** What the engineer changed and why, in their words. */
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "retired_by")
    public String retiredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_characteristic", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("position")
    public List<Characteristic> characteristics = new ArrayList<>();

    @Version
    public long version;
}
