package io.forgeline.warehouse.counting;

import io.forgeline.platform.problem.RuleViolation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A blind count set against the book: the counter did not see the book quantity, so the difference is
 * what the bin really holds. A difference within tolerance posts at once; a larger one waits for a
 * second person, because a single person who can both count and post could hide a loss.
 *
 * @param book    the quantity the stock ledger holds for the bin
 * @param counted what the counter found
 */
public record CountVariance(BigDecimal book, BigDecimal counted, Tolerance tolerance) {

    /**
     * How far a count may differ from the book and still post without approval. A difference is within
     * tolerance when it is within either limit given; a limit left null does not apply, and with neither
     * only an exact count posts. The percent is of the book quantity, so for an empty bin on the book any
     * found stock is beyond every percent and only the absolute limit can let it post.
     *
     * @param percent  e.g. 2 for 2 % of the book quantity; null for none
     * @param absolute e.g. 5 pieces; null for none
     */
    public record Tolerance(BigDecimal percent, BigDecimal absolute) {

        public static final Tolerance NONE = new Tolerance(null, null);

        public Tolerance {
            requireNotNegative("a percent tolerance", percent);
            requireNotNegative("an absolute tolerance", absolute);
        }

        public static Tolerance ofPercent(BigDecimal percent) {
            return new Tolerance(Objects.requireNonNull(percent, "percent"), null);
        }

        public static Tolerance ofAbsolute(BigDecimal absolute) {
            return new Tolerance(null, Objects.requireNonNull(absolute, "absolute"));
        }

        boolean allows(BigDecimal book, BigDecimal variance) {
            BigDecimal size = variance.abs();
            if (size.signum() == 0) {
                return true;
            }
            boolean withinAbsolute = absolute != null && size.compareTo(absolute) <= 0;
            // size / |book| <= percent / 100, multiplied out so that no division has to round
            boolean withinPercent = percent != null
                    && size.multiply(BigDecimal.valueOf(100)).compareTo(percent.multiply(book.abs())) <= 0;
            return withinAbsolute || withinPercent;
        }

        private static void requireNotNegative(String what, BigDecimal limit) {
            if (limit != null && limit.signum() < 0) {
                throw new IllegalArgumentException(what + " cannot be negative, it was " + limit);
            }
        }
    }

    public CountVariance {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(tolerance, "tolerance");
        if (counted == null || counted.signum() < 0) {
            throw new IllegalArgumentException("a count is zero or more, not " + counted);
        }
    }

    /** Counted less book: positive when more was found than the book says, negative when stock is lost. */
    public BigDecimal variance() {
        return counted.subtract(book);
    }

    public boolean withinTolerance() {
        return tolerance.allows(book, variance());
    }

    /** Whether the count may post without anyone else looking at it. */
    public boolean postsAtOnce() {
        return withinTolerance();
    }

    /** Whether a second person must approve the count before it posts. */
    public boolean needsApproval() {
        return !withinTolerance();
    }

    /**
     * Refuses an approval by the person who counted: the second look is the whole point of approval.
     * People are compared by user name ignoring case and surrounding blanks, because the sign-in (Keycloak)
     * does not tell "Ann" from "ann".
     *
     * @throws RuleViolation (422) naming why, when the approver is the counter or no approver is named
     */
    public static void requireSecondPerson(String countedBy, String approvedBy) {
        Objects.requireNonNull(countedBy, "countedBy");
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new RuleViolation("approvedBy", "a count beyond tolerance needs the name of the person who approves it");
        }
        if (approvedBy.strip().equalsIgnoreCase(countedBy.strip())) {
            throw new RuleViolation("approvedBy", approvedBy.strip() + " counted this bin and cannot approve the count;"
                    + " a second person must approve it");
        }
    }
}
