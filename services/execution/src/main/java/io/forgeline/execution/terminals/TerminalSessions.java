package io.forgeline.execution.terminals;

import io.forgeline.platform.actor.RealmSignIn;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Signing operators in and out at terminals. The badge names the person (Badges), Keycloak checks the PIN as that
 * person's password (RealmSignIn, brute-force lock included), and only people who may run operations get a
 * session. The refusal never says whether the badge or the PIN was wrong, so a stolen badge teaches nothing.
 */
@ApplicationScoped
public class TerminalSessions {

    private static final Logger LOG = Logger.getLogger(TerminalSessions.class);
    static final String OPERATOR = "operator";

    private final Terminals terminals;
    private final Badges badges;
    private final RealmSignIn keycloak;

    TerminalSessions(Terminals terminals, Badges badges, RealmSignIn keycloak) {
        this.terminals = terminals;
        this.badges = badges;
        this.keycloak = keycloak;
    }

    public Uni<TerminalSession> signIn(SignIn command) {
        command.check();
        return terminals.find(command.terminalCode().trim()).flatMap(terminal -> badges.holder(command.badge().trim())
                .flatMap(holder -> holder.isEmpty()
                        ? Uni.createFrom().item(Optional.<JsonObject>empty())
                        : keycloak.password(holder.get(), command.pin()))
                .flatMap(tokens -> {
                    if (tokens.isEmpty()) {
                        LOG.infof("sign-in refused at terminal %s: badge or PIN not recognised", terminal.code);
                        throw FieldErrors.refused(List.of(new FieldError("pin",
                                "badge and PIN do not match: scan your badge and type your PIN again")));
                    }
                    TerminalSession session = TerminalSession.of(tokens.get(), TerminalView.of(terminal));
                    if (!session.operator().roles().contains(OPERATOR)) {
                        return keycloak.end(session.refreshToken()).invoke(() -> {
                            throw FieldErrors.refused(List.of(new FieldError("badge", session.operator().username()
                                    + " may not run operations at a terminal (the operator role is missing)")));
                        }).replaceWith(session);
                    }
                    LOG.infof("%s signed in at terminal %s (%s)", session.operator().username(), terminal.code, terminal.workCenterCode);
                    return Uni.createFrom().item(session);
                }));
    }

    /** New tokens for a session that is still open; 422 naming the token once it has ended (signed out, timed out). */
    public Uni<TerminalSession> refresh(RefreshSession command) {
        command.check();
        return keycloak.refresh(command.refreshToken()).map(tokens -> tokens
                .map(fresh -> TerminalSession.of(fresh, null))
                .orElseThrow(() -> FieldErrors.refused(List.of(new FieldError("refreshToken",
                        "belongs to a session that has ended: scan your badge to sign in again")))));
    }

    /** Badge-out or idle timeout: the session ends at Keycloak, so its tokens cannot be refreshed any more. */
    public Uni<Void> signOut(RefreshSession command) {
        command.check();
        return keycloak.end(command.refreshToken());
    }
}
