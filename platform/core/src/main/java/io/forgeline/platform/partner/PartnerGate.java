package io.forgeline.platform.partner;

import io.forgeline.platform.actor.CurrentActor;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a signed-in caller without {@code supplier_id} on every {@code /partner/} path of the service, before the
 * endpoint runs: an endpoint that forgot to ask {@link PartnerScope} still shows no supplier's data to our staff or
 * to another service. Anonymous requests pass on to the endpoint's own role check (401).
 */
public class PartnerGate {

    private final CurrentIdentityAssociation identities;

    PartnerGate(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> suppliersOnly(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/partner/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> {
            if (identity.isAnonymous()) {
                return;
            }
            Object claim = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(CurrentActor.SUPPLIER_CLAIM) : null;
            if (claim == null || claim.toString().isBlank()) {
                throw PartnerScope.noSupplier();
            }
        }).replaceWithVoid();
    }
}
