package io.forgeline.platform.actor;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The {@link Actor} of the current request, read from the verified token. */
@ApplicationScoped
public class CurrentActor {

    public static final String SUPPLIER_CLAIM = "supplier_id";

    private final SecurityIdentity identity;

    CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        if (identity.isAnonymous()) {
            return new Actor("anonymous", "anonymous", identity.getRoles(), Optional.empty());
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String name = Optional.ofNullable(token.<String>getClaim("preferred_username"))
                    .or(() -> Optional.ofNullable(token.<String>getClaim("azp")))
                    .orElse(token.getSubject());
            return new Actor(token.getSubject(), name, identity.getRoles(),
                    Optional.ofNullable(token.<Object>getClaim(SUPPLIER_CLAIM)).map(CurrentActor::text));
        }
        String name = identity.getPrincipal().getName();
        return new Actor(name, name, identity.getRoles(), Optional.empty());
    }

    private static String text(Object claim) {
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }
}
