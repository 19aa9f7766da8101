package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** A machine a routing operation may run on, with that machine's own setup and run time. */
@Entity
@Table(name = "routing_operation_machine")
public class EligibleMachine extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "setup_minutes", nullable = false)
    public int setupMinutes;

    @Column(name = "run_minutes_per_unit", nullable = false)
    public BigDecimal runMinutesPerUnit;

    public String machineCode() {
        return key.machineCode;
    }

    @Embeddable
    public record Key(@Column(name = "item_code") String itemCode,
                      @Column(name = "sequence") int sequence,
                      @Column(name = "machine_code") String machineCode) implements Serializable {
    }
}
