package io.forgeline.quality.inspectionlot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import io.forgeline.quality.sampling.Aql;
import io.forgeline.quality.sampling.SamplingPlan;
import io.forgeline.quality.sampling.Scheme;
import io.forgeline.quality.sampling.Severity;
import java.math.BigDecimal;

/**
 * A characteristic as the lot inspects it: copied from the plan when the lot opened (a later plan revision does
 * not change a lot under way), with the sampling plan fixed then, and the tally of what has been inspected.
 */
@Embeddable
public class LotCharacteristic {

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String kind;

    @Column(name = "defect_class", nullable = false)
    public String defectClass;

    public BigDecimal nominal;

    @Column(name = "lower_limit")
    public BigDecimal lowerLimit;

    @Column(name = "upper_limit")
    public BigDecimal upperLimit;

    public String unit;

    /** NORMAL, TIGHTENED, REDUCED from the switching state; FIXED or FULL for samples the plan fixes. */
    @Column(nullable = false)
    public String severity;

    /** The AQL sampled at; null for fixed and whole samples. */
    public BigDecimal aql;

    @Column(name = "code_letter")
    public String codeLetter;

    @Column(name = "plan_letter")
    public String planLetter;

    @Column(name = "sample_size", nullable = false)
    public int sampleSize;

    @Column(name = "inspect_quantity", nullable = false)
    public int inspectQuantity;

    @Column(nullable = false)
    public int acceptance;

    @Column(nullable = false)
    public int rejection;

    @Column(nullable = false)
    public int inspected;

    @Column(nullable = false)
    public int nonconforming;

    public boolean variables() {
        return "VARIABLE".equals(kind);
    }

    public int remaining() {
        return inspectQuantity - inspected;
    }

    public boolean complete() {
        return inspected >= inspectQuantity;
    }

    /** The sample has reached Re: whatever the rest shows, this characteristic rejects the lot. */
    public boolean rejects() {
        return nonconforming >= rejection;
    }

    /** ACCEPTED once the whole sample is in below Re, REJECTED as soon as Re is reached, OPEN until then. */
    public String valuation() {
        return rejects() ? "REJECTED" : complete() ? "ACCEPTED" : "OPEN";
    }

    /** The plan this characteristic was sampled under, for the switching rules; empty for fixed and whole samples. */
    public java.util.Optional<SamplingPlan> samplingPlan(String scheme) {
        if (aql == null || codeLetter == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SamplingPlan(Scheme.byId(scheme).orElse(Scheme.ISO_2859_1), Severity.valueOf(severity),
                Aql.of(aql).orElseThrow(), codeLetter.charAt(0), planLetter.charAt(0), sampleSize, inspectQuantity, acceptance, rejection));
    }

    /** Outside its limits (a limit itself is inside). */
    public boolean outside(BigDecimal measured) {
        return (lowerLimit != null && measured.compareTo(lowerLimit) < 0) || (upperLimit != null && measured.compareTo(upperLimit) > 0);
    }
}
