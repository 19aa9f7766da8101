package io.forgeline.execution.andon;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An andon as terminals and the board show it: where it stands, how far it escalated ({@code level}), how old it is
 * ({@code ageSeconds}, until resolved) and who did each step when.
 */
public record AndonView(UUID id, AndonKind kind, AndonState state, String workCenterCode, String machineCode, int level,
                        long ageSeconds, Instant raisedAt, Instant nextEscalationAt, List<StepView> steps) {

    public record StepView(AndonStep.Kind step, Instant at, String by, String terminal, String note, int level, String role) {

        static StepView of(AndonStep s) {
            return new StepView(s.step(), s.at(), s.by(), s.terminal(), s.note(), s.level(), s.role());
        }
    }

    static AndonView of(Andon andon, List<AndonStep> steps, Instant now) {
        return new AndonView(andon.id(), andon.kind(), andon.state(), andon.workCenterCode(), andon.machineCode(),
                andon.level(), andon.age(now).toSeconds(), andon.raisedAt(), andon.nextEscalationAt(),
                steps.stream().map(StepView::of).toList());
    }
}
