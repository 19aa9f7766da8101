/**
 * Sampling by attributes as ISO 2859-1:1999 (= GB/T 2828.1-2012, the default) and ANSI/ASQ Z1.4-2008 print it:
 * Table 1's code letters, the single sampling plans of tables 2-A, 2-B and 2-C with their arrows, and the
 * switching rules between normal, tightened and reduced inspection (plain Java, no database). The tables are the
 * standards' own cells ({@code SamplingTables}); {@code GET /api/quality/sampling-plans} looks a plan up.
 */
package io.forgeline.quality.sampling;
