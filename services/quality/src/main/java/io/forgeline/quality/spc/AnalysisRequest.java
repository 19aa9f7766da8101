package io.forgeline.quality.spc;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quality engineer's own data to analyse: subgroups for X̄-R and X̄-S, single values for I-MR, counts (and
 * sample sizes) for p, np, c and u; specification limits for capability; a known center and sigma to chart against
 * a standard; {@code rules} "nelson" (the default) or "western-electric".
 */
public record AnalysisRequest(String chart, List<List<BigDecimal>> subgroups, List<BigDecimal> values, List<BigDecimal> counts,
                              List<BigDecimal> sizes, BigDecimal lsl, BigDecimal usl, BigDecimal center, BigDecimal sigma,
                              String rules) {
}
