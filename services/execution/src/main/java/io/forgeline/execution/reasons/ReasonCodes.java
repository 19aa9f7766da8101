package io.forgeline.execution.reasons;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The plant's reason codes: defined by planners, offered to operators, checked before a reason is recorded. */
@ApplicationScoped
public class ReasonCodes {

    private final Clock clock;

    ReasonCodes(Clock clock) {
        this.clock = clock;
    }

    /** A reason code as people type it: codes are kept in upper case, so "break" names BREAK. */
    public static String normalised(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    /** The active codes of one kind (empty: every kind), by kind and code. */
    public Uni<List<ReasonCode>> active(Optional<ReasonKind> kind) {
        return Panache.withSession(() -> kind.isPresent()
                ? ReasonCode.<ReasonCode>list("id.kind = ?1 and active = true order by id.code", kind.get())
                : ReasonCode.<ReasonCode>list("active = true order by id.kind, id.code"));
    }

    /** Every code of one kind, retired ones too (what was recorded under them keeps its name). */
    public Uni<List<ReasonCode>> all(ReasonKind kind) {
        return Panache.withSession(() -> ReasonCode.<ReasonCode>list("id.kind = ?1 order by id.code", kind));
    }

    /** What {@link #define} did: created a new code, or changed one that was there. */
    public record Defined(ReasonCode reason, boolean created) {
    }

    /** Creates or replaces the code's names and whether it is offered. */
    Uni<Defined> define(ReasonKind kind, String code, DefineReasonCode.Checked definition, Actor actor) {
        ReasonCode.Key key = new ReasonCode.Key(kind, code);
        return Panache.withTransaction(() -> ReasonCode.<ReasonCode>findById(key).flatMap(found -> {
            ReasonCode reason = found == null ? ReasonCode.of(key) : found;
            reason.define(definition.name(), definition.nameZh(), definition.active(), actor.name(), clock.instant());
            return reason.<ReasonCode>persist().map(saved -> new Defined(saved, found == null));
        }));
    }

    /**
     * The active code of that kind, or a refusal (422) naming {@code field}: an operator can only give a reason the
     * plant defined and still offers. Call inside the caller's session or transaction.
     */
    public Uni<ReasonCode> requireActive(ReasonKind kind, String code, String field) {
        return ReasonCode.<ReasonCode>findById(new ReasonCode.Key(kind, code)).map(found -> {
            if (found == null) {
                throw new RuleViolation(field, code + " is not a " + kind + " reason code of this plant");
            }
            if (!found.active()) {
                throw new RuleViolation(field, kind + " reason " + code + " (" + found.name() + ") is no longer in use");
            }
            return found;
        });
    }
}
