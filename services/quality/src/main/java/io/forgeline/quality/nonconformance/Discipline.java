package io.forgeline.quality.nonconformance;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One discipline of an NCR's 8D, as its owner wrote it: done once its owner or an engineer says so. */
@Entity
@Table(name = "ncr_discipline")
@IdClass(Discipline.Key.class)
public class Discipline extends PanacheEntityBase {

    /** The eight disciplines, D1 to D8, in the words quality engineers use. */
    public static final java.util.List<String> TITLES = java.util.List.of("Team", "Problem description", "Containment",
            "Root cause", "Corrective actions", "Corrective actions implemented and verified", "Preventive actions",
            "Closure and recognition");

    /** The composite key as JPA wants it: a class with the id fields' names. */
    public static class Key implements Serializable {
        public UUID ncrId;
        public int discipline;

        public Key() {
        }

        Key(UUID ncrId, int discipline) {
            this.ncrId = ncrId;
            this.discipline = discipline;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(ncrId, k.ncrId) && discipline == k.discipline;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ncrId, discipline);
        }
    }

    @Id
    @Column(name = "ncr_id")
    public UUID ncrId;

    /** 1 to 8. */
    @Id
    public int discipline;

    public String owner;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(nullable = false)
    public String content;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "done_by")
    public String doneBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public boolean done() {
        return doneAt != null;
    }
}
