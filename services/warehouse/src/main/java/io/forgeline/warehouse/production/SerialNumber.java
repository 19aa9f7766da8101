package io.forgeline.warehouse.production;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.UUID;

/** One unit of a serialised item the plant produced: its lot, and once packed for a customer, where it went. */
@Entity
@Table(name = "serial_number")
public class SerialNumber extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String lot;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    /** The handling unit it was packed on for a delivery; null while in stock. */
    public String sscc;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Version
    public long version;

    @Embeddable
    public record Key(@Column(name = "item_code") String itemCode, String serial) implements Serializable {
    }

    static SerialNumber produced(String itemCode, String serial, String lot, String orderNumber) {
        SerialNumber unit = new SerialNumber();
        unit.key = new Key(itemCode, serial);
        unit.lot = lot;
        unit.orderNumber = orderNumber;
        return unit;
    }
}
