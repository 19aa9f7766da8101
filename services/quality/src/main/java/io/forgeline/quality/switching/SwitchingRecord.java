package io.forgeline.quality.switching;

import io.forgeline.quality.sampling.Severity;
import io.forgeline.quality.sampling.SwitchingState;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The persisted {@link SwitchingState} of one item, supplier and defect class, with the plant's two conditions. */
@Entity
@Table(name = "switching_state")
@IdClass(SwitchingRecord.Key.class)
public class SwitchingRecord extends PanacheEntityBase {

    /** The composite key as JPA wants it: a class with the id fields' names. */
    public static class Key implements java.io.Serializable {
        public String itemCode;
        public String supplierCode;
        public String defectClass;

        public Key() {
        }

        Key(SwitchingKey key) {
            this.itemCode = key.itemCode();
            this.supplierCode = key.supplierCode();
            this.defectClass = key.defectClass();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && itemCode.equals(k.itemCode) && supplierCode.equals(k.supplierCode) && defectClass.equals(k.defectClass);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(itemCode, supplierCode, defectClass);
        }
    }

    @Id
    @Column(name = "item_code")
    public String itemCode;

    @Id
    @Column(name = "supplier_code")
    public String supplierCode;

    @Id
    @Column(name = "defect_class")
    public String defectClass;

    @Column(nullable = false)
    public String scheme;

    @Column(nullable = false)
    public String severity;

    public int score;

    @Column(name = "recent_on_normal", nullable = false)
    public String recentOnNormal = "";

    @Column(name = "accepted_in_row")
    public int acceptedInRow;

    @Column(name = "not_accepted_on_tightened")
    public int notAcceptedOnTightened;

    public boolean discontinued;

    /** The responsible authority considers reduced inspection desirable (a quality engineer says so). */
    @Column(name = "reduced_approved")
    public boolean reducedApproved;

    /** Production runs at a steady rate; a quality engineer clears it when it does not. */
    @Column(name = "production_steady")
    public boolean productionSteady = true;

    @Version
    public long version;

    static SwitchingRecord starting(SwitchingKey key, String scheme) {
        SwitchingRecord record = new SwitchingRecord();
        record.itemCode = key.itemCode();
        record.supplierCode = key.supplierCode();
        record.defectClass = key.defectClass();
        record.scheme = scheme;
        record.apply(SwitchingState.START);
        return record;
    }

    SwitchingKey key() {
        return new SwitchingKey(itemCode, supplierCode, defectClass);
    }

    public SwitchingState state() {
        return new SwitchingState(Severity.valueOf(severity), score, recentOnNormal, acceptedInRow, notAcceptedOnTightened, discontinued);
    }

    void apply(SwitchingState state) {
        severity = state.severity().name();
        score = state.score();
        recentOnNormal = state.recentOnNormal();
        acceptedInRow = state.acceptedInRow();
        notAcceptedOnTightened = state.notAcceptedOnTightened();
        discontinued = state.discontinued();
    }
}
