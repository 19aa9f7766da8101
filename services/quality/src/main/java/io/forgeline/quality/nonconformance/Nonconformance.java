package io.forgeline.quality.nonconformance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A nonconformance report: what is wrong with how much of which material, open until a quality engineer closes it. */
@Entity
@Table(name = "nonconformance")
public class Nonconformance extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    public UUID id;

    /** NCR-000042. */
    @Column(nullable = false, unique = true)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NcrSource source;

    @Column(nullable = false)
    public String status = OPEN;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String lot = "";

    /** How much is nonconforming, in {@link #unit}, the item's base unit. */
    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(name = "supplier_code", nullable = false)
    public String supplierCode = "";

    @Column(name = "defect_codes", nullable = false)
    public String defectCodes = "";

    @Column(nullable = false)
    public String description;

    @Column(name = "inspection_lot_id")
    public UUID inspectionLotId;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Version
    public long version;

    public boolean open() {
        return OPEN.equals(status);
    }

    public List<String> defectCodeList() {
        return defectCodes.isEmpty() ? List.of() : Arrays.asList(defectCodes.split(","));
    }
}
