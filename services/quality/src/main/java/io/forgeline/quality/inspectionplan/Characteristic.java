package io.forgeline.quality.inspectionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Something an inspector measures or judges; limits are absent for attributive checks. */
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
}
