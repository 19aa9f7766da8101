package io.forgeline.gateway.terminal;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /config.json}: where the browser pages send people to sign in (the realm, as the browser reaches
 * it) and as which public client, so a page works unchanged on any host, port and Keycloak; and how long the
 * shop-floor terminal waits without a touch or a scan before it signs its operator out.
 */
@ApplicationScoped
public class SignInSettings {

    static final String PATH = "/config.json";

    private final String json;

    SignInSettings(@ConfigProperty(name = "forgeline.terminal.auth-server-url") String realmUrl,
            @ConfigProperty(name = "forgeline.terminal.client-id") String clientId,
            @ConfigProperty(name = "forgeline.terminal.idle-timeout") Duration idleTimeout) {
        this.json = new JsonObject()
                .put("realmUrl", realmUrl.replaceAll("/+$", ""))
                .put("clientId", clientId)
                // the shop-floor terminal signs its operator out after this long without a touch or a scan
                .put("terminalIdleSeconds", idleTimeout.toSeconds())
                .encode();
    }

    void install(@Observes Router router) {
        router.get(PATH).handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json")
                // a page must not keep signing in at a Keycloak that has moved
                .putHeader("Cache-Control", "no-store")
                .end(json));
    }
}
