package io.forgeline.quality.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * Results for one characteristic. Attributes: {@code nonconforming} units among {@code inspected} (the rest of the
 * sample unless said), with the defect codes found. Variables: one measured value per sample unit, as {@code value}
 * or {@code values}; a value outside the limits is a nonconforming unit.
 */
public record ResultRequest(String characteristic, Integer nonconforming, Integer inspected, List<String> defects,
                            BigDecimal value, List<BigDecimal> values) {
}
