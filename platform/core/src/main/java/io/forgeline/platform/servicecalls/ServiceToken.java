package io.forgeline.platform.servicecalls;

import io.grpc.CallCredentials;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;

/**
 * Puts this service's own access token (client credentials of its {@code svc-<name>} client) on every
 * outgoing gRPC call. The token is fetched once, cached and refreshed shortly before it expires; getting
 * it never blocks the event loop, because gRPC asks for call credentials asynchronously.
 */
@ApplicationScoped
@GlobalInterceptor
public class ServiceToken implements ClientInterceptor {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final OidcClient keycloak;
    private final TokensHelper tokens = new TokensHelper();
    private final CallCredentials credentials = new CallCredentials() {
        @Override
        public void applyRequestMetadata(RequestInfo call, Executor executor, MetadataApplier applier) {
            tokens.getTokens(keycloak).subscribe().with(
                    token -> {
                        Metadata headers = new Metadata();
                        headers.put(AUTHORIZATION, "Bearer " + token.getAccessToken());
                        applier.apply(headers);
                    },
                    failure -> applier.fail(Status.UNAUTHENTICATED
                            .withDescription("this service could not get its own token from Keycloak: " + failure.getMessage())
                            .withCause(failure)));
        }
    };

    ServiceToken(OidcClient keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        return next.newCall(method, options.withCallCredentials(credentials));
    }
}
