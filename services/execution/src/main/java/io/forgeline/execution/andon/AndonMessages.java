package io.forgeline.execution.andon;

import io.forgeline.execution.notifications.Announcement;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * What a raise or an escalation tells people: a mail in English and Simplified Chinese together (recipients have no
 * language on record, and many of the plant's people read Chinese first), and the webhook's JSON.
 */
final class AndonMessages {

    private static final Map<AndonKind, String> KIND_ZH = Map.of(AndonKind.MATERIAL, "物料", AndonKind.QUALITY, "质量",
            AndonKind.MAINTENANCE, "维修", AndonKind.HELP, "求助");

    private AndonMessages() {
    }

    static Announcement of(Andon andon, AndonStep step) {
        String place = andon.workCenterCode() + (andon.machineCode() == null ? "" : " / " + andon.machineCode());
        boolean escalated = step.step() == AndonStep.Kind.ESCALATED;
        String subject = escalated
                ? "Andon %s at %s not acknowledged: escalated to level %d / 安灯（%s）%s 未确认：已升级到第 %d 级"
                        .formatted(andon.kind(), place, andon.level(), KIND_ZH.get(andon.kind()), place, andon.level())
                : "Andon %s raised at %s / %s 发起安灯（%s）".formatted(andon.kind(), place, place, KIND_ZH.get(andon.kind()));
        String text = """
                %s andon at %s, raised by %s at %s (UTC)%s.
                %s
                Acknowledge it at the terminal or with POST /api/execution/andons/%s/acknowledge.

                %s 的安灯（%s），由 %s 于 %s（UTC）发起%s。
                %s
                请在终端确认，或调用 POST /api/execution/andons/%s/acknowledge。
                """.formatted(
                andon.kind(), place, andon.raisedBy(), andon.raisedAt(), noteEn(andon),
                escalated ? "Nobody has acknowledged it yet: escalation level " + andon.level() + " calls " + step.role() + "." : "",
                andon.id(),
                place, KIND_ZH.get(andon.kind()), andon.raisedBy(), andon.raisedAt(), noteZh(andon),
                escalated ? "至今无人确认：已升级到第 " + andon.level() + " 级，通知 " + step.role() + "。" : "",
                andon.id());
        JsonObject json = new JsonObject()
                .put("event", "andon." + step.step().name().toLowerCase(java.util.Locale.ROOT))
                .put("andonId", andon.id().toString())
                .put("kind", andon.kind().name())
                .put("state", andon.state().name())
                .put("workCenterCode", andon.workCenterCode())
                .put("machineCode", andon.machineCode())
                .put("level", andon.level())
                .put("role", step.role())
                .put("raisedAt", andon.raisedAt().toString())
                .put("raisedBy", andon.raisedBy())
                .put("at", step.at().toString());
        return new Announcement("andon/" + andon.id(), subject, text, json.encode());
    }

    private static String noteEn(Andon andon) {
        return andon.raiseNote() == null ? "" : ": \"" + andon.raiseNote() + "\"";
    }

    private static String noteZh(Andon andon) {
        return andon.raiseNote() == null ? "" : "：“" + andon.raiseNote() + "”";
    }
}
