package io.forgeline.quality.spc;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The stateless analysis: checks the request whole (every wrong field named at once, as JSON pointers), draws the
 * chart, evaluates the run rules and, for variables with a specification, the capability.
 */
public final class Analyses {

    /** More points than a chart can show; the bound keeps one request from holding the event loop. */
    static final int MOST_POINTS = 10_000;

    private Analyses() {
    }

    public static Analysis analyse(AnalysisRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ChartType type = request.chart() == null ? null : ChartType.byId(request.chart().trim()).orElse(null);
        if (type == null) {
            errors.add(new FieldError("/chart", (request.chart() == null ? "is required" : "is not a chart") + ": one of " + ChartType.ids()));
        }
        RunRules rules = rules(request.rules(), errors);
        Known known = known(request, type, errors);
        OptionalDouble lsl = optional(request.lsl());
        OptionalDouble usl = optional(request.usl());
        if (lsl.isPresent() && usl.isPresent() && lsl.getAsDouble() >= usl.getAsDouble()) {
            errors.add(new FieldError("/lsl", "must be below usl"));
        }
        if (type != null && !type.variables() && (lsl.isPresent() || usl.isPresent())) {
            errors.add(new FieldError(lsl.isPresent() ? "/lsl" : "/usl", "capability needs measured values: a " + type.id() + " chart has no specification limits"));
        }
        ControlChart chart = type == null ? null : draw(type, request, known, errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        Capability capability = chart.spread().filter(s -> lsl.isPresent() || usl.isPresent())
                .map(spread -> Capability.of(spread, lsl, usl)).orElse(null);
        return Analysis.of(chart, capability, rules.evaluate(chart.points()), rules);
    }

    private static ControlChart draw(ChartType type, AnalysisRequest request, Known known, List<FieldError> errors) {
        Data data = new Data(errors);
        switch (type) {
            case XBAR_R, XBAR_S -> {
                data.absent("/values", request.values(), "i-mr charts take values; " + type.id() + " takes subgroups");
                data.absent("/counts", request.counts(), "attributes charts take counts; " + type.id() + " takes subgroups");
                List<double[]> subgroups = data.subgroups(request.subgroups());
                return subgroups == null ? null
                        : type == ChartType.XBAR_R ? VariablesCharts.xbarR(subgroups, known) : VariablesCharts.xbarS(subgroups, known);
            }
            case I_MR -> {
                data.absent("/subgroups", request.subgroups(), "i-mr charts single values: send them as values");
                data.absent("/counts", request.counts(), "attributes charts take counts; i-mr takes values");
                double[] values = data.numbers("/values", request.values(), 2, false);
                return values == null ? null : VariablesCharts.individuals(values, known);
            }
            case C -> {
                data.absent("/sizes", request.sizes(), "a c chart counts in inspection units of one size; with differing sizes use u");
                double[] counts = data.numbers("/counts", request.counts(), 2, true);
                return counts == null ? null : AttributesCharts.c(counts, known);
            }
            default -> {
                double[] counts = data.numbers("/counts", request.counts(), 2, true);
                double[] sizes = data.numbers("/sizes", request.sizes(), 2, type != ChartType.U);
                if (counts == null || sizes == null || !data.sizesFit(type, counts, sizes)) {
                    return null;
                }
                return switch (type) {
                    case P -> AttributesCharts.p(counts, sizes, known);
                    case NP -> AttributesCharts.np(counts, sizes[0], known);
                    default -> AttributesCharts.u(counts, sizes, known);
                };
            }
        }
    }

    private static RunRules rules(String rules, List<FieldError> errors) {
        if (rules == null || rules.isBlank() || rules.trim().equals("nelson")) {
            return RunRules.NELSON;
        }
        if (rules.trim().equals("western-electric")) {
            return RunRules.WESTERN_ELECTRIC;
        }
        errors.add(new FieldError("/rules", "must be nelson or western-electric"));
        return RunRules.NELSON;
    }

    private static Known known(AnalysisRequest request, ChartType type, List<FieldError> errors) {
        if (request.sigma() != null && request.sigma().signum() <= 0) {
            errors.add(new FieldError("/sigma", "must be above 0"));
        }
        if (request.center() != null && type == ChartType.P
                && (request.center().signum() <= 0 || request.center().compareTo(BigDecimal.ONE) >= 0)) {
            errors.add(new FieldError("/center", "a fraction nonconforming lies between 0 and 1"));
        }
        if (request.center() != null && type != null && !type.variables() && request.center().signum() < 0) {
            errors.add(new FieldError("/center", "a count cannot be negative"));
        }
        return new Known(optional(request.center()), optional(request.sigma()));
    }

    private static OptionalDouble optional(BigDecimal value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
    }

    /** Reads the data arrays, noting every field that is wrong. */
    private record Data(List<FieldError> errors) {

        void absent(String field, List<?> given, String why) {
            if (given != null) {
                errors.add(new FieldError(field, "does not belong here: " + why));
            }
        }

        List<double[]> subgroups(List<List<BigDecimal>> subgroups) {
            if (subgroups == null || subgroups.size() < 2 || subgroups.size() > MOST_POINTS) {
                errors.add(new FieldError("/subgroups", subgroups == null ? "is required"
                        : subgroups.size() < 2 ? "needs at least 2 subgroups" : "at most " + MOST_POINTS + " subgroups are analysed at once"));
                return null;
            }
            int size = subgroups.get(0) == null ? 0 : subgroups.get(0).size();
            List<double[]> read = new ArrayList<>();
            for (int i = 0; i < subgroups.size(); i++) {
                String field = "/subgroups/" + i;
                List<BigDecimal> subgroup = subgroups.get(i);
                if (subgroup == null || subgroup.size() < ChartConstants.SMALLEST || subgroup.size() > ChartConstants.LARGEST) {
                    errors.add(new FieldError(field, "a subgroup holds " + ChartConstants.SMALLEST + " to " + ChartConstants.LARGEST + " values"));
                } else if (subgroup.size() != size) {
                    errors.add(new FieldError(field, "holds " + subgroup.size() + " values, the first subgroup " + size
                            + ": subgroups are of one size"));
                } else {
                    read.add(numbers(field, subgroup, size, false));
                }
            }
            return read.size() == subgroups.size() && read.stream().allMatch(Objects::nonNull) ? read : null;
        }

        double[] numbers(String field, List<BigDecimal> given, int atLeast, boolean counts) {
            if (given == null || given.size() < atLeast) {
                errors.add(new FieldError(field, given == null ? "is required" : "needs at least " + atLeast + " values"));
                return null;
            }
            if (given.size() > MOST_POINTS) {
                errors.add(new FieldError(field, "holds " + given.size() + " values; at most " + MOST_POINTS + " are analysed at once"));
                return null;
            }
            double[] read = new double[given.size()];
            int before = errors.size();
            for (int i = 0; i < given.size(); i++) {
                BigDecimal value = given.get(i);
                if (value == null) {
                    errors.add(new FieldError(field + "/" + i, "is not a number"));
                } else if (counts && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
                    errors.add(new FieldError(field + "/" + i, "must be a whole number, 0 or more"));
                } else {
                    read[i] = value.doubleValue();
                }
            }
            return errors.size() == before ? read : null;
        }

        boolean sizesFit(ChartType type, double[] counts, double[] sizes) {
            int before = errors.size();
            if (sizes.length != counts.length) {
                errors.add(new FieldError("/sizes", "gives " + sizes.length + " sample sizes for " + counts.length + " counts"));
                return false;
            }
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] <= 0) {
                    errors.add(new FieldError("/sizes/" + i, "must be above 0"));
                } else if (type != ChartType.U && counts[i] > sizes[i]) {
                    errors.add(new FieldError("/counts/" + i, "counts " + fmt(counts[i]) + " nonconforming units in a sample of " + fmt(sizes[i])));
                } else if (type == ChartType.NP && sizes[i] != sizes[0]) {
                    errors.add(new FieldError("/sizes/" + i, "an np chart needs samples of one size; with differing sizes use p"));
                }
            }
            return errors.size() == before;
        }

        private static String fmt(double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
