package io.forgeline.supply.webhooks;

import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.RuleViolation;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where webhooks may go: http(s) URLs whose host resolves to public addresses only, so a supplier cannot make us call
 * into our own network (SSRF): loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT
 * (100.64/10), link-local (169.254/16 with the clouds' metadata services, fe80::/10), unspecified and multicast
 * addresses are refused. {@code forgeline.supply.webhooks.allow-private-targets=true} lifts that for development,
 * where receivers run on this machine; {@code bin/forgeline up} sets it, a production deployment never does.
 */
@ApplicationScoped
public class WebhookTargets {

    private final boolean allowPrivate;

    WebhookTargets(@ConfigProperty(name = "forgeline.supply.webhooks.allow-private-targets", defaultValue = "false") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL as given, once it is one we may call (resolving its host: call it off the event loop). */
    URI check(String field, String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException unreadable) {
            throw new InvalidField(field, "must be an absolute http or https URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new InvalidField(field, "must be an absolute http or https URL");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidField(field, "must not carry a user name or password");
        }
        if (allowPrivate) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException unknown) {
            throw new RuleViolation(field, "host " + uri.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new RuleViolation(field, "host " + uri.getHost() + " resolves to " + address.getHostAddress()
                        + ", an internal address: webhooks go to public addresses only");
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // carrier-grade NAT 100.64/10
    }
}
