/**
 * The switching rules' memory: per item, supplier and defect class, the severity in force and the counts that
 * move it (the rules themselves are {@code sampling.Switching}), with an audit row for every change.
 */
package io.forgeline.quality.switching;
