package io.forgeline.execution.reasons;

/** A reason code as terminals and master-data pages show it. */
public record ReasonCodeView(ReasonKind kind, String code, String name, String nameZh, boolean active) {

    static ReasonCodeView of(ReasonCode reason) {
        return new ReasonCodeView(reason.kind(), reason.code(), reason.name(), reason.nameZh(), reason.active());
    }
}
