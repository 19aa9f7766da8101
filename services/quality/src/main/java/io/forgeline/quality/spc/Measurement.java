package io.forgeline.quality.spc;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A measured value on its characteristic's chart; {@code seq} orders the chart. Never changed. */
@Entity
@Table(name = "spc_measurement")
public class Measurement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String characteristic;

    @Column(nullable = false)
    public BigDecimal measured;

    @Column(name = "measured_at", nullable = false)
    public Instant measuredAt;

    @Column(name = "inspection_lot_id")
    public UUID inspectionLotId;

    public String lot;

    @Column(name = "supplier_code", nullable = false)
    public String supplierCode = "";

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    static Measurement of(Series series, MeasuredValue value) {
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.itemCode = series.itemCode();
        m.characteristic = series.characteristic();
        m.measured = value.value();
        m.measuredAt = value.measuredAt();
        m.inspectionLotId = value.inspectionLotId();
        m.lot = value.lot();
        m.supplierCode = value.supplierCode() == null ? "" : value.supplierCode();
        m.recordedBy = value.recordedBy();
        return m;
    }
}
