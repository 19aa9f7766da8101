package io.forgeline.gateway.ratelimit;

import io.forgeline.gateway.routing.GatewayConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Who is at the other end of a request. The TCP peer, unless the peer is one of the configured trusted
 * proxies (the ingress): then {@code X-Forwarded-For} is read from the right, past every trusted proxy,
 * and the first address that is not one is the client. Whatever a client wrote into the header itself
 * sits further left and is never believed; from a peer that is not trusted the header is ignored.
 */
@ApplicationScoped
public class ClientAddresses {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<AddressRange> trusted;

    ClientAddresses(GatewayConfig config) {
        this.trusted = config.trustedProxies().orElse(List.of()).stream()
                .filter(range -> !range.isBlank())
                .map(AddressRange::parse)
                .toList();
    }

    /** The client's address as text, e.g. {@code 203.0.113.7}. */
    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return resolve(peer, request.headers().getAll(FORWARDED_FOR), trusted);
    }

    static String resolve(String peer, List<String> forwardedForHeaders, List<AddressRange> trusted) {
        String client = peer;
        Optional<byte[]> hop = AddressRange.literal(peer);
        List<String> chain = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            chain.addAll(Arrays.asList(header.split(",")));
        }
        for (int i = chain.size() - 1; i >= 0 && hop.isPresent() && isTrusted(hop.get(), trusted); i--) {
            String entry = withoutPort(chain.get(i).trim());
            hop = AddressRange.literal(entry);
            if (hop.isEmpty()) {
                break; // "unknown" or garbage: the nearest proxy we can name stays the client
            }
            client = entry;
        }
        return client;
    }

    /**
     * The key of the client's bucket: the address itself for IPv4, its /64 network for IPv6, since one
     * IPv6 subscriber usually holds a whole /64 and could otherwise take a fresh bucket per request.
     */
    public static String bucketOf(String address) {
        Optional<byte[]> bytes = AddressRange.literal(address);
        if (bytes.isPresent() && bytes.get().length == 16) {
            return HexFormat.of().formatHex(bytes.get(), 0, 8) + "::/64";
        }
        return address;
    }

    private static boolean isTrusted(byte[] address, List<AddressRange> trusted) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** "203.0.113.7:51234" → "203.0.113.7", "[2001:db8::1]:443" → "2001:db8::1"; a bare IPv6 stays whole. */
    private static String withoutPort(String entry) {
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            return close > 0 ? entry.substring(1, close) : entry;
        }
        int colon = entry.indexOf(':');
        if (colon > 0 && entry.indexOf(':', colon + 1) < 0) {
            return entry.substring(0, colon);
        }
        return entry;
    }
}
