package io.forgeline.gateway.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** Pure rule: a CIDR range such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a range of one. */
record AddressRange(byte[] network, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    static AddressRange parse(String cidr) {
        String text = cidr.trim();
        int slash = text.indexOf('/');
        byte[] network = literal(slash < 0 ? text : text.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR range: " + cidr));
        int bits = network.length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix length out of range in " + cidr);
        }
        return new AddressRange(network, prefix);
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (address[whole] & mask) == (network[whole] & mask);
    }

    /**
     * The bytes of an IP literal, or empty for anything else. Never a DNS lookup: a header must not make
     * the gateway resolve names, so IPv4 is read here and only text that can only be IPv6 reaches the JDK
     * (which reads a string with a colon as an IPv6 literal or refuses it, without asking DNS).
     */
    static Optional<byte[]> literal(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (IPV4.matcher(t).matches()) {
            String[] parts = t.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(parts[i]);
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (t.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(t).getAddress();
            return Optional.of(bytes);
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return Optional.empty();
        }
    }
}
