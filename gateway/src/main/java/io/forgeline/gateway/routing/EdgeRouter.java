package io.forgeline.gateway.routing;

import io.forgeline.gateway.ratelimit.ClientAddresses;
import io.forgeline.gateway.ratelimit.RateLimiter;
import io.forgeline.gateway.routing.GatewayConfig.Route;
import io.forgeline.gateway.tokens.VerifiedTokens;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The edge's request pipeline: request id → client address → (a token not verified before: the address's
 * bucket, then the signature) → the client's bucket → roles → proxy. Every refusal on the way is
 * problem+json; the upstream's own answer passes through untouched.
 */
@ApplicationScoped
public class EdgeRouter {

    private static final Logger LOG = Logger.getLogger(EdgeRouter.class);
    private static final String BEARER = "Bearer ";
    private static final String CLIENT_ADDRESS = "forgeline.client-address";
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    private final RouteTable routes;
    private final RateLimiter rateLimiter;
    private final GatewayConfig config;
    private final OpenTelemetry telemetry;
    private final HttpClient upstreams;
    private final VerifiedTokens tokens;
    private final ClientAddresses addresses;

    EdgeRouter(RouteTable routes, RateLimiter rateLimiter, GatewayConfig config, OpenTelemetry telemetry, Vertx vertx,
            VerifiedTokens tokens, ClientAddresses addresses) {
        this.tokens = tokens;
        this.addresses = addresses;
        this.routes = routes;
        this.rateLimiter = rateLimiter;
        this.config = config;
        this.telemetry = telemetry;
        this.upstreams = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(2_000)
                .setKeepAlive(true)
                .setMaxPoolSize(64));
    }

    void install(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(10 * 1024 * 1024);
        for (String mount : new String[] {"/api/*", "/partner/*"}) {
            router.route(mount).handler(bodies).handler(this::handle);
        }
    }

    /**
     * A token the gateway verified before goes straight to its client's bucket. Everything else (no token,
     * a malformed header, a token not seen yet) first takes a request from the bucket of the caller's
     * address, so once that bucket is empty a flood of made-up tokens is refused with 429 before any
     * signature is checked.
     */
    private void handle(RoutingContext ctx) {
        RequestIds.assign(ctx);
        String address = addresses.of(ctx.request());
        ctx.put(CLIENT_ADDRESS, address);
        Optional<Route> route = routes.match(ctx.request().path());
        String token = bearerToken(ctx);
        Optional<SecurityIdentity> known = token == null ? Optional.empty() : tokens.known(token);
        if (known.isEmpty() && limited(ctx, rateLimiter.acquireForAddress(address), "from this address without a verified token")) {
            return;
        }
        if (route.isEmpty()) {
            EdgeProblem.send(ctx, 404, "not-found", "Not found", "no Forgeline API is served at " + ctx.request().path());
            return;
        }
        if (isPublic(ctx)) {
            proxy(ctx, route.get(), true);
            return;
        }
        if (known.isPresent()) {
            authorised(ctx, route.get(), known.get());
            return;
        }
        if (token == null) {
            unauthenticated(ctx, null);
            return;
        }
        tokens.verify(token, ctx).subscribe().with(
                identity -> authorised(ctx, route.get(), identity),
                failure -> unauthenticated(ctx, failure));
    }

    private boolean isPublic(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.POST
                && config.publicPaths().map(paths -> paths.contains(ctx.request().path())).orElse(false);
    }

    private static String bearerToken(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    private void authorised(RoutingContext ctx, Route route, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            unauthenticated(ctx, null);
            return;
        }
        if (limited(ctx, rateLimiter.acquireForClient(client(identity)), "")) {
            return;
        }
        Set<String> allowed = RouteTable.rolesFor(route, ctx.request().method().name());
        if (Collections.disjoint(allowed, identity.getRoles())) {
            EdgeProblem.send(ctx, 403, "forbidden", "Forbidden",
                    "this needs one of the roles " + String.join(", ", allowed.stream().sorted().toList()));
            return;
        }
        proxy(ctx, route, false);
    }

    /** 429 with Retry-After when the bucket said to wait. */
    private static boolean limited(RoutingContext ctx, long wait, String which) {
        if (wait == 0) {
            return false;
        }
        ctx.response().putHeader("Retry-After", Long.toString(wait));
        EdgeProblem.send(ctx, 429, "rate-limited", "Too many requests",
                "too many requests" + (which.isEmpty() ? "" : " " + which) + ": try again in " + wait + " s");
        return true;
    }

    private void unauthenticated(RoutingContext ctx, Throwable failure) {
        if (failure != null && !(failure instanceof AuthenticationFailedException)) {
            LOG.warnf("authentication failed: %s", failure.toString());
        }
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"forgeline\"");
        EdgeProblem.send(ctx, 401, "unauthorized", "Unauthorized", "sign in first: a valid bearer token is required");
    }

    /**
     * @param signIn a public sign-in path: the access token it hands out is verified before the answer leaves, so the
     *               terminal's first request with it counts against its person, not against the address's bucket
     *               that a shift change of terminals behind one NAT would empty
     */
    private void proxy(RoutingContext ctx, Route route, boolean signIn) {
        HttpServerRequest in = ctx.request();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setAbsoluteURI(route.upstream() + in.uri())
                .setIdleTimeout(config.upstreamTimeout().toMillis());
        Buffer body = ctx.body().buffer();
        upstreams.request(options)
                .compose(out -> {
                    copyHeaders(in, out, ctx);
                    return body == null ? out.send() : out.send(body);
                })
                .compose(response -> {
                    if (isEventStream(response)) {
                        stream(ctx, response);
                        return Future.<Void>succeededFuture();
                    }
                    return response.body().compose(payload -> {
                        if (!signIn || response.statusCode() / 100 != 2) {
                            relay(ctx, response, payload);
                            return Future.<Void>succeededFuture();
                        }
                        return tokens.learnIssued(payload, ctx)
                                .onComplete(learnt -> relay(ctx, response, payload));
                    });
                })
                .onFailure(failure -> upstreamFailed(ctx, route, failure));
    }

    private static boolean isEventStream(HttpClientResponse response) {
        String type = response.getHeader("Content-Type");
        return type != null && type.toLowerCase().startsWith("text/event-stream");
    }

    /**
     * Server-sent events (a solve's progress) pass through as they come instead of after the upstream ends;
     * quiet spells between events may last longer than an ordinary answer may take, and a caller that goes
     * away closes the upstream stream too.
     */
    private void stream(RoutingContext ctx, HttpClientResponse response) {
        response.request().idleTimeout(config.streamIdleTimeout().toMillis());
        copyResponseHead(ctx, response);
        ctx.response().setChunked(true);
        ctx.response().closeHandler(closed -> response.request().reset());
        response.pipeTo(ctx.response());
    }

    private void copyHeaders(HttpServerRequest in, HttpClientRequest out, RoutingContext ctx) {
        in.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                out.headers().add(header.getKey(), header.getValue());
            }
        });
        out.putHeader(RequestIds.HEADER, (String) ctx.get(RequestIds.KEY));
        // the client as the gateway determined it (past trusted proxies), not whatever the client claimed
        out.putHeader(ClientAddresses.FORWARDED_FOR, (String) ctx.get(CLIENT_ADDRESS));
        out.putHeader("X-Forwarded-Proto", in.scheme());
        out.putHeader("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
        // the upstream's spans join the gateway's trace
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), out, (request, key, value) -> request.putHeader(key, value));
    }

    private static void relay(RoutingContext ctx, HttpClientResponse response, Buffer payload) {
        if (ctx.response().ended()) {
            return;
        }
        copyResponseHead(ctx, response);
        ctx.response().end(payload);
    }

    private static void copyResponseHead(RoutingContext ctx, HttpClientResponse response) {
        ctx.response().setStatusCode(response.statusCode());
        response.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                ctx.response().headers().add(header.getKey(), header.getValue());
            }
        });
    }

    private void upstreamFailed(RoutingContext ctx, Route route, Throwable failure) {
        String service = route.prefix();
        if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            EdgeProblem.send(ctx, 504, "upstream-timeout", "Gateway timeout",
                    service + " did not answer within " + config.upstreamTimeout().toSeconds() + " s");
        } else {
            LOG.warnf("upstream %s failed: %s", route.upstream(), failure.toString());
            EdgeProblem.send(ctx, 502, "upstream-unavailable", "Bad gateway",
                    service + " is not reachable right now" + (failure instanceof ConnectException ? "" : " (" + failure.getMessage() + ")"));
        }
    }

    /** Who the bucket belongs to: the token's subject, so every terminal user and partner client has its own. */
    private static String client(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
