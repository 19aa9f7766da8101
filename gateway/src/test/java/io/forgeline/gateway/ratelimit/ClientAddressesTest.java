package io.forgeline.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final List<AddressRange> INGRESS = List.of(AddressRange.parse("10.42.0.0/16"), AddressRange.parse("fd00::/8"));

    @Test
    void without_a_trusted_proxy_the_peer_is_the_client_whatever_the_header_claims() {
        assertThat(ClientAddresses.resolve("198.51.100.7", List.of("203.0.113.1"), INGRESS)).isEqualTo("198.51.100.7");
        assertThat(ClientAddresses.resolve("198.51.100.7", List.of("203.0.113.1"), List.of())).isEqualTo("198.51.100.7");
    }

    @Test
    void behind_the_ingress_the_client_is_the_address_the_ingress_appended() {
        assertThat(ClientAddresses.resolve("10.42.3.4", List.of("203.0.113.1"), INGRESS)).isEqualTo("203.0.113.1");
    }

    @Test
    void what_a_client_wrote_into_the_header_itself_is_never_believed() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; the ingress appended the address it really came from
        assertThat(ClientAddresses.resolve("10.42.3.4", List.of("1.2.3.4, 203.0.113.1"), INGRESS)).isEqualTo("203.0.113.1");
    }

    @Test
    void a_chain_of_trusted_proxies_is_walked_from_the_right_across_header_lines() {
        assertThat(ClientAddresses.resolve("10.42.3.4", List.of("6.6.6.6, 203.0.113.9", "10.42.0.8"), INGRESS))
                .isEqualTo("203.0.113.9");
        assertThat(ClientAddresses.resolve("fd00::1", List.of("[2001:db8::5]:443, fd00::2"), INGRESS)).isEqualTo("2001:db8::5");
        assertThat(ClientAddresses.resolve("10.42.3.4", List.of("203.0.113.9:51234"), INGRESS)).isEqualTo("203.0.113.9");
    }

    @Test
    void garbage_in_the_chain_leaves_the_nearest_address_that_can_be_named() {
        assertThat(ClientAddresses.resolve("10.42.3.4", List.of("unknown"), INGRESS)).isEqualTo("10.42.3.4");
        assertThat(ClientAddresses.resolve("10.42.3.4", List.of("999.1.1.1, 10.42.9.9"), INGRESS)).isEqualTo("10.42.9.9");
        assertThat(ClientAddresses.resolve("10.42.3.4", List.of("evil.example.com"), INGRESS)).isEqualTo("10.42.3.4");
    }

    @Test
    void ipv6_clients_share_a_bucket_per_64_network_and_ipv4_clients_have_one_each() {
        assertThat(ClientAddresses.bucketOf("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddresses.bucketOf("2001:db8:1:2:bbbb::9"));
        assertThat(ClientAddresses.bucketOf("2001:db8:1:2::1")).isNotEqualTo(ClientAddresses.bucketOf("2001:db8:1:3::1"));
        assertThat(ClientAddresses.bucketOf("203.0.113.1")).isEqualTo("203.0.113.1");
    }

    @Test
    void ranges_match_on_their_prefix_bits_and_a_bad_range_is_refused_at_start() {
        AddressRange range = AddressRange.parse("192.168.4.0/22");
        assertThat(range.contains(AddressRange.literal("192.168.7.255").orElseThrow())).isTrue();
        assertThat(range.contains(AddressRange.literal("192.168.8.0").orElseThrow())).isFalse();
        assertThat(range.contains(AddressRange.literal("::1").orElseThrow())).isFalse();
        assertThat(AddressRange.parse("127.0.0.1").contains(AddressRange.literal("127.0.0.1").orElseThrow())).isTrue();
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("ingress.local")).isInstanceOf(IllegalArgumentException.class);
    }
}
