package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** One component of a parent item: how much of it one parent needs, plus the expected scrap. */
@Entity
@Table(name = "bom_line")
public class BomLine extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "quantity_per", nullable = false)
    public BigDecimal quantityPer;

    /** 0.02 means 2 % of the components are expected to be lost in production. */
    @Column(name = "scrap_factor", nullable = false)
    public BigDecimal scrapFactor;

    /** The operation of the parent's routing that consumes the component; null: the first one. */
    @Column(name = "operation_sequence")
    public Integer operationSequence;

    public String componentCode() {
        return key.componentCode;
    }

    @Embeddable
    public record Key(@Column(name = "parent_code") String parentCode,
                      @Column(name = "component_code") String componentCode) implements Serializable {
    }
}
