/**
 * Statistical process control: Shewhart charts for variables (X̄-R, X̄-S, I-MR) and attributes (p, np, c, u), the
 * Nelson and Western Electric run rules, and capability (Cp, Cpk from sigma within subgroups, Pp, Ppk from the
 * overall standard deviation). Plain Java over doubles: charts are statistics, not stock quantities. The
 * stateless analysis is {@code POST /api/quality/spc/analyses}.
 */
package io.forgeline.quality.spc;
