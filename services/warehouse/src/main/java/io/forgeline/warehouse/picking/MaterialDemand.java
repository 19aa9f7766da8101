package io.forgeline.warehouse.picking;

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
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a released production order needs staged, where (its first operation's work center) and by when. */
@Entity
@Table(name = "material_demand")
public class MaterialDemand extends PanacheEntityBase {

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "first_sequence", nullable = false)
    public int firstSequence;

    @Column(name = "work_center", nullable = false)
    public String workCenter;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Materials materials;

    /** The first operation's planned (setup) start in the latest published schedule; null until scheduled. */
    @Column(name = "needed_by")
    public Instant neededBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DemandStatus status;

    @Column(name = "has_shortage", nullable = false)
    public boolean hasShortage;

    @Version
    public long version;

    /** One component: how much of it the whole order needs. */
    public record Material(String itemCode, BigDecimal quantity, String unit) {
    }

    /** The components as one JSON object: Hibernate Reactive reads and writes a JSON column's root as an object. */
    record Materials(List<Material> lines) {
    }

    public List<Material> materials() {
        return materials.lines();
    }

    static MaterialDemand released(UUID orderId, String orderNumber, int firstSequence, String workCenter, List<Material> materials) {
        MaterialDemand demand = new MaterialDemand();
        demand.orderId = orderId;
        demand.orderNumber = orderNumber;
        demand.firstSequence = firstSequence;
        demand.workCenter = workCenter;
        demand.materials = new Materials(List.copyOf(materials));
        demand.status = DemandStatus.WAITING;
        return demand;
    }
}
