package io.forgeline.warehouse.receiving;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One RFID portal read of a delivery, as it was answered. */
@Entity
@Immutable
@Table(name = "portal_read")
public class PortalRead extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "asn_id", nullable = false)
    public UUID asnId;

    @Column(name = "read_at", nullable = false)
    public Instant readAt;

    @Column(name = "read_by", nullable = false)
    public String readBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public PortalReadView result;
}
