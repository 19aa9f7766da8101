/**
 * Usage decisions: automatic from Ac/Re once an inspection lot's samples are in, or a quality engineer's (accepted,
 * rejected, accepted with deviation, partial). Each is made once, published on {@code quality.usage-decisions.v1} for
 * warehouse to release, block, scrap or return exactly the inspected stock, and counted by the switching rules.
 */
package io.forgeline.quality.decisions;
