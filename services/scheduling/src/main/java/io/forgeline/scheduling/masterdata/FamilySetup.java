package io.forgeline.scheduling.masterdata;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Changeover minutes when a machine goes from one product family to another. */
@Entity
@Table(name = "family_setup")
public class FamilySetup extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int minutes;

    @Embeddable
    public record Key(@Column(name = "from_family") String fromFamily,
                      @Column(name = "to_family") String toFamily) implements Serializable {
    }
}
