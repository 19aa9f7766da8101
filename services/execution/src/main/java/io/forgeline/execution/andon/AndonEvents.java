package io.forgeline.execution.andon;

import io.forgeline.contracts.execution.v1.AndonChanged;

/** Maps an andon's steps to api-contracts event messages: each carries the andon as it stands after the step. */
final class AndonEvents {

    static final String TOPIC = "execution.andons.v1";
    private static final String TYPE = "io.forgeline.execution.andon.%s.v1";

    private AndonEvents() {
    }

    static String type(AndonStep step) {
        return TYPE.formatted(step.step().name().toLowerCase(java.util.Locale.ROOT));
    }

    static AndonChanged changed(Andon andon, AndonStep step) {
        return AndonChanged.newBuilder()
                .setAndonId(andon.id().toString())
                .setStep(step.step().name())
                .setKind(andon.kind().name())
                .setState(andon.state().name())
                .setWorkCenterCode(andon.workCenterCode())
                .setMachineCode(andon.machineCode() == null ? "" : andon.machineCode())
                .setLevel(andon.level())
                .setNotifiedRole(step.role() == null ? "" : step.role())
                .setRaisedAt(andon.raisedAt().toString())
                .setAt(step.at().toString())
                .setBy(step.by())
                .setTerminal(step.terminal() == null ? "" : step.terminal())
                .setNote(step.note() == null ? "" : step.note())
                .build();
    }
}
