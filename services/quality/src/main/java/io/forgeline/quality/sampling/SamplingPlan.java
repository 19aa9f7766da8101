package io.forgeline.quality.sampling;

/**
 * What to inspect of a lot: the code letter Table 1 gives (before any arrow), the plan the arrows lead to (its
 * letter, sample size n, acceptance and rejection numbers), and how many units to take: n, or the whole lot when
 * n is at least the lot (Ac and Re stay those of the plan).
 */
public record SamplingPlan(Scheme scheme, Severity severity, Aql aql, char codeLetter, char planLetter, int sampleSize,
                           long inspectQuantity, int acceptance, int rejection) {

    /** Every unit of the lot is inspected. */
    public boolean wholeLot() {
        return inspectQuantity < sampleSize;
    }

    /**
     * The lot is accepted with this many nonconforming units (or nonconformities) in its sample: fewer than Re. That
     * is at most Ac, except in Z1.4's reduced plans, which also accept a lot between the two ({@link #inGap}).
     */
    public boolean accepts(long nonconforming) {
        return nonconforming < rejection;
    }

    /** Z1.4's reduced plans only: more than Ac, fewer than Re. The lot is accepted and normal inspection returns. */
    public boolean inGap(long nonconforming) {
        return nonconforming > acceptance && nonconforming < rejection;
    }
}
