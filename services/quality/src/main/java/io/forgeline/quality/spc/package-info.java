/**
 * Statistical process control: Shewhart charts for variables (X̄-R, X̄-S, I-MR) and attributes (p, np, c, u), the
 * Nelson and Western Electric run rules, and capability (Cp, Cpk from sigma within subgroups, Pp, Ppk from the
 * overall standard deviation). Plain Java over doubles: charts are statistics, not stock quantities. The
 * stateless analysis is {@code POST /api/quality/spc/analyses}. Measured values, from inspection results and from
 * the shop floor's data collection alike, go on their characteristic's control chart, where the Nelson rules judge
 * each as it is recorded and raise alerts on {@code quality.spc-alerts.v1}.
 */
package io.forgeline.quality.spc;
