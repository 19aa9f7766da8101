package io.forgeline.gateway.tokens;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens the gateway has verified, remembered by their SHA-256 until they expire. The gateway checks
 * a JWT's signature locally and never asks Keycloak about it again, so a verified token stays good until its
 * {@code exp} whatever the gateway does; remembering the answer lets no one in who would not get in anyway.
 * It spares the signature check on every request, and it is how a signed-in user keeps working while the
 * bucket of its address is empty because someone behind the same address floods the gateway with forged
 * tokens: only a token the gateway has not verified yet costs a request from the address's bucket.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final IdentityProviderManager identities;
    private final Clock clock;
    private final int capacity;
    private final Counter accepted;
    private final Counter refused;

    VerifiedTokens(IdentityProviderManager identities, Clock clock, MeterRegistry registry,
            io.forgeline.gateway.routing.GatewayConfig config) {
        this.identities = identities;
        this.clock = clock;
        this.capacity = config.verifiedTokens();
        this.accepted = verifications(registry, "valid");
        this.refused = verifications(registry, "refused");
    }

    private static Counter verifications(MeterRegistry registry, String outcome) {
        return Counter.builder("forgeline.gateway.token.verifications")
                .description("bearer tokens whose signature the gateway checked")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** The identity of a token verified before and not expired since; costs no signature check. */
    public Optional<SecurityIdentity> known(String token) {
        String key = digest(token);
        Known entry = known.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiresAt() <= clock.instant().getEpochSecond()) {
            known.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /** Checks the token's signature and claims (OIDC) and remembers a valid one until it expires. */
    public Uni<SecurityIdentity> verify(String token, RoutingContext ctx) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(token));
        HttpSecurityUtils.setRoutingContextAttribute(request, ctx);
        return identities.authenticate(request)
                .invoke(identity -> {
                    accepted.increment();
                    remember(token, identity);
                })
                .onFailure().invoke(failure -> refused.increment());
    }

    /**
     * Verifies the {@code accessToken} of a sign-in's answer before it reaches the terminal, so that its first
     * request is already known. Nothing to learn (no JSON, no token) or a token that does not verify changes nothing:
     * the answer passes as it is and a bad token is refused when it is used.
     */
    public Future<Void> learnIssued(Buffer answer, RoutingContext ctx) {
        String token = IssuedToken.in(answer);
        if (token == null || known(token).isPresent()) {
            return Future.succeededFuture();
        }
        Promise<Void> learnt = Promise.promise();
        verify(token, ctx).subscribe().with(identity -> learnt.complete(), failure -> learnt.complete());
        return learnt.future();
    }

    /** How many signatures were checked so far (valid and refused). */
    public double verifications() {
        return accepted.count() + refused.count();
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return;
        }
        if (known.size() >= capacity) {
            forgetExpired();
            if (known.size() >= capacity) {
                return; // full of live tokens: this one is verified again next time, which is only slower
            }
        }
        known.put(digest(token), new Known(identity, jwt.getExpirationTime()));
    }

    @Scheduled(every = "1m")
    void forgetExpired() {
        long now = clock.instant().getEpochSecond();
        known.values().removeIf(entry -> entry.expiresAt() <= now);
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Known(SecurityIdentity identity, long expiresAt) {
    }
}
