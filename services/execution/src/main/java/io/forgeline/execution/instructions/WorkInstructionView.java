package io.forgeline.execution.instructions;

import java.time.Instant;
import java.util.List;

/** A work instruction as planners and terminals read it. */
public record WorkInstructionView(String itemCode, int operationSequence, List<InstructionContent.Step> steps,
                                  List<InstructionContent.Field> fields, int revision, Instant changedAt, String changedBy) {

    public static WorkInstructionView of(WorkInstruction instruction) {
        return new WorkInstructionView(instruction.itemCode(), instruction.operationSequence(), instruction.content().steps(),
                instruction.content().fields(), instruction.revision(), instruction.changedAt(), instruction.changedBy());
    }
}
