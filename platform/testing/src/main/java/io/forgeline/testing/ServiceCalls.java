package io.forgeline.testing;

import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * gRPC from a test as a chosen caller. A service's own gRPC clients put that service's token on every
 * call; a test decides itself who calls: another service (its svc-* token), a user, or nobody.
 */
public final class ServiceCalls {

    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private static final Map<String, ManagedChannel> CHANNELS = new ConcurrentHashMap<>();

    private ServiceCalls() {
    }

    /**
     * A plain-text channel to the service answering at {@code root} (gRPC shares the HTTP port), one per
     * address for the whole test JVM: channels are meant to be shared, and the JVM's end closes them.
     */
    public static ManagedChannel channel(URL root) {
        return CHANNELS.computeIfAbsent(root.getHost() + ":" + root.getPort(),
                address -> NettyChannelBuilder.forAddress(root.getHost(), root.getPort()).usePlaintext().build());
    }

    /** The token a service's own client-credentials grant gets, e.g. {@code service("scheduling")}. */
    public static String service(String name) {
        return Tokens.client("svc-" + name, name + "-secret");
    }

    /** Sends {@code token} as the bearer on every call of a stub: {@code stub.withCallCredentials(as(token))}. */
    public static CallCredentials as(String token) {
        return new CallCredentials() {
            @Override
            public void applyRequestMetadata(RequestInfo call, Executor executor, MetadataApplier applier) {
                Metadata headers = new Metadata();
                headers.put(AUTHORIZATION, "Bearer " + token);
                applier.apply(headers);
            }
        };
    }
}
