package io.forgeline.warehouse.shipping;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A handling unit packed for a delivery. Until shipped, what it holds is stock on its SSCC in the ledger; what was packed
 * is kept here too, for the shipment, the DESADV and the recall report after the stock is gone.
 */
@Entity
@Table(name = "delivery_package")
public class DeliveryPackage extends PanacheEntityBase {

    @Id
    public String sscc;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Contents contents;

    @Column(name = "packed_at", nullable = false)
    public Instant packedAt;

    @Column(name = "packed_by", nullable = false)
    public String packedBy;

    /** One lot on the unit, with the serial numbers of its units when the item is serialised. */
    public record Content(String itemCode, String lot, LocalDate expiresOn, BigDecimal quantity, String unit, List<String> serials) {

        public Content {
            serials = serials == null ? List.of() : List.copyOf(serials);
        }

        public Content(String itemCode, String lot, LocalDate expiresOn, BigDecimal quantity, String unit) {
            this(itemCode, lot, expiresOn, quantity, unit, List.of());
        }

        Content withSerials(List<String> numbers) {
            return new Content(itemCode, lot, expiresOn, quantity, unit, numbers);
        }
    }

    record Contents(List<Content> lines) {
    }

    public List<Content> contents() {
        return contents.lines();
    }

    static DeliveryPackage of(String sscc, UUID deliveryId, List<Content> contents, String by, Instant at) {
        DeliveryPackage unit = new DeliveryPackage();
        unit.sscc = sscc;
        unit.deliveryId = deliveryId;
        unit.contents = new Contents(List.copyOf(contents));
        unit.packedBy = by;
        unit.packedAt = at;
        return unit;
    }
}
