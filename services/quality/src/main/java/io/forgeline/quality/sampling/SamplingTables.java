package io.forgeline.quality.sampling;

/**
 * The single sampling plans of ISO 2859-1:1999 (tables 2-A, 2-B, 2-C) and ANSI/ASQ Z1.4-2008 (tables II-A, II-B,
 * II-C) as printed: a row per code letter, a cell per AQL ({@link Aql}), each cell "Ac/Re", "v" (use the first plan
 * below the arrow), "^" (the first plan above) or "-" (no plan: only row S of the tightened table has blanks).
 * Following an arrow changes the sample size to that of the row it leads to.
 *
 * <p>Normal and tightened plans are the same in both standards. The one cell the public transcriptions disagree
 * on, tightened code letter A at AQL 10, is the arrow down of MIL-STD-105E (three transcriptions against one that
 * was never checked against the printed page). Reduced plans differ: ISO 1999 closed the gap between Ac and Re that
 * Z1.4 keeps (Z1.4 accepts a lot between the two and returns to normal inspection).
 */
final class SamplingTables {

    /** Sample sizes of code letters A..R (and S, tightened only) in normal and tightened inspection. */
    static final int[] SAMPLE_SIZES = {2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000, 3150};

    /** Sample sizes of code letters A..R in reduced inspection (both standards). */
    static final int[] REDUCED_SAMPLE_SIZES = {2, 2, 2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800};

    /** ISO 2859-1 Table 2-A = Z1.4 Table II-A. */
    static final String[] NORMAL = {
        "v v v v v v v v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31",
        "v v v v v v v v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31 44/45",
        "v v v v v v v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31 44/45 ^",
        "v v v v v v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31 44/45 ^ ^",
        "v v v v v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31 44/45 ^ ^ ^",
        "v v v v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^",
        "v v v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^ ^",
        "v v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "^ ^ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
    };

    /** ISO 2859-1 Table 2-B = Z1.4 Table II-B, with row S (3150). */
    static final String[] TIGHTENED = {
        "v v v v v v v v v v v v v v v v v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28",
        "v v v v v v v v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28 41/42",
        "v v v v v v v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28 41/42 ^",
        "v v v v v v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28 41/42 ^ ^",
        "v v v v v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28 41/42 ^ ^ ^",
        "v v v v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^",
        "v v v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^ ^",
        "v v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v 0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "0/1 ^ v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "- - 1/2 - - - - - - - - - - - - - - - - - - - - - - -",
    };

    /** ISO 2859-1:1999 Table 2-C (= GB/T 2828.1-2012): Re is always Ac + 1. */
    static final String[] REDUCED_ISO = {
        "v v v v v v v v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31",
        "v v v v v v v v v v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31",
        "v v v v v v v v v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 14/15 21/22 ^",
        "v v v v v v v v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 14/15 21/22 ^ ^",
        "v v v v v v v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 14/15 21/22 ^ ^ ^",
        "v v v v v v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^",
        "v v v v v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^ ^",
        "v v v v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v 0/1 ^ v v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "0/1 ^ ^ v 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "^ ^ ^ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
    };

    /** Z1.4-2008 Table II-C: Re may exceed Ac + 1. */
    static final String[] REDUCED_Z14 = {
        "v v v v v v v v v v v v v v 0/1 v v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31",
        "v v v v v v v v v v v v v 0/1 ^ v 0/2 1/3 2/4 3/5 5/6 7/8 10/11 14/15 21/22 30/31",
        "v v v v v v v v v v v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 14/17 21/24 ^",
        "v v v v v v v v v v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 14/17 21/24 ^ ^",
        "v v v v v v v v v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 14/17 21/24 ^ ^ ^",
        "v v v v v v v v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^",
        "v v v v v v v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^ ^",
        "v v v v v v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "v 0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
        "^ ^ 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^",
    };

    private SamplingTables() {
    }
}
