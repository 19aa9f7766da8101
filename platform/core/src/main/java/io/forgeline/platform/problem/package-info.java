/**
 * Problem details (RFC 9457): the one way every Forgeline service says no. Domain code throws
 * {@link io.forgeline.platform.problem.NotFound}, {@link io.forgeline.platform.problem.IllegalTransition}
 * or {@link io.forgeline.platform.problem.RuleViolation}; {@link io.forgeline.platform.problem.ProblemMapper}
 * turns those, validation failures and security refusals into problem+json.
 */
package io.forgeline.platform.problem;
