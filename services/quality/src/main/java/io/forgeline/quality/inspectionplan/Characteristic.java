package io.forgeline.quality.inspectionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * Something an inspector measures or judges: its limits (absent for attributes), its defect class, and how it is
 * sampled. An AQL or inspection level left empty is the plan's.
 */
@Embeddable
public class Characteristic {

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String description;

    public BigDecimal nominal;

    @Column(name = "lower_limit")
    public BigDecimal lowerLimit;

    @Column(name = "upper_limit")
    public BigDecimal upperLimit;

    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CharacteristicKind kind = CharacteristicKind.ATTRIBUTE;

    @Enumerated(EnumType.STRING)
    @Column(name = "defect_class", nullable = false)
    public DefectClass defectClass = DefectClass.MAJOR;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SamplingMethod sampling = SamplingMethod.AQL;

    public BigDecimal aql;

    @Column(name = "inspection_level")
    public String inspectionLevel;

    @Column(name = "fixed_sample")
    public Integer fixedSample;

    public String gauge;
}
