package io.forgeline.quality.sampling;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An acceptance quality limit from the standards' preferred series, 0.010 to 1000 (percent nonconforming up to 10,
 * nonconformities per hundred units above). Compared as a number: 0.01 is 0.010.
 */
public record Aql(BigDecimal value, int column) {

    private static final List<BigDecimal> SERIES = Arrays.stream(("0.010 0.015 0.025 0.040 0.065 0.10 0.15 0.25 0.40 0.65 1.0 1.5 2.5 4.0 "
            + "6.5 10 15 25 40 65 100 150 250 400 650 1000").split(" ")).map(BigDecimal::new).toList();

    public static Optional<Aql> of(BigDecimal value) {
        for (int column = 0; column < SERIES.size(); column++) {
            if (SERIES.get(column).compareTo(value) == 0) {
                return Optional.of(new Aql(SERIES.get(column), column));
            }
        }
        return Optional.empty();
    }

    /** The next smaller AQL of the series ("one step tighter"), none below 0.010. */
    public Optional<Aql> tighter() {
        return column == 0 ? Optional.empty() : Optional.of(new Aql(SERIES.get(column - 1), column - 1));
    }

    static int columns() {
        return SERIES.size();
    }

    public static String series() {
        return "0.010, 0.015, 0.025, 0.040, 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5, 10, 15, 25, 40, 65, 100, 150, "
                + "250, 400, 650 or 1000";
    }
}
