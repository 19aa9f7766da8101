package io.forgeline.quality.sampling;

import java.util.OptionalInt;

/**
 * Single sampling by attributes, exactly as ISO 2859-1 and Z1.4 print it: Table 1 gives the code letter, the table
 * of the severity gives the cell at that letter and AQL, and an arrow is followed to the first plan below or above,
 * whose sample size then holds.
 */
public final class SamplingEngine {

    private SamplingEngine() {
    }

    public static SamplingPlan plan(long lotSize, Aql aql, InspectionLevel level, Severity severity, Scheme scheme) {
        return plan(CodeLetters.letter(lotSize, level), lotSize, aql, severity, scheme);
    }

    static SamplingPlan plan(char codeLetter, long lotSize, Aql aql, Severity severity, Scheme scheme) {
        Table table = Table.of(scheme, severity);
        int row = table.resolve(CodeLetters.index(codeLetter), aql.column());
        Table.Cell cell = table.cell(row, aql.column());
        int sampleSize = table.sampleSize(row);
        return new SamplingPlan(scheme, severity, aql, codeLetter, CodeLetters.at(row), sampleSize, Math.min(sampleSize, lotSize),
                cell.acceptance(), cell.rejection());
    }

    /**
     * The acceptance number one AQL step tighter at the same sample: the plan's own row, one column to the left
     * (ISO 2859-1 9.3.3.2 a 1: the switching score gains 3 when the lot would have been accepted there). Read in
     * the row the arrows led to, so the sample size is the one inspected; empty where that cell is an arrow.
     */
    public static OptionalInt tighterAcceptance(SamplingPlan plan) {
        if (plan.aql().column() == 0) {
            return OptionalInt.empty();
        }
        Table.Cell cell = Table.of(plan.scheme(), plan.severity()).cell(CodeLetters.index(plan.planLetter()), plan.aql().column() - 1);
        return cell.isPlan() ? OptionalInt.of(cell.acceptance()) : OptionalInt.empty();
    }
}
