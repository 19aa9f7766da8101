package io.forgeline.ident.epc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.ident.InvalidCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpcBinaryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the Tag Data Standard's worked examples, one per scheme
        "3074257BF7194E4000001A85 | urn:epc:tag:sgtin-96:3.0614141.812345.6789 | urn:epc:id:sgtin:0614141.812345.6789 | (01)80614141123458(21)6789",
        "3174257BF4499602D2000000 | urn:epc:tag:sscc-96:3.0614141.1234567890   | urn:epc:id:sscc:0614141.1234567890   | (00)106141412345678908",
        "3274257BF46072000000162E | urn:epc:tag:sgln-96:3.0614141.12345.5678   | urn:epc:id:sgln:0614141.12345.5678   | (414)0614141123452(254)5678",
        "3374257BF40C0E400000162E | urn:epc:tag:grai-96:3.0614141.12345.5678   | urn:epc:id:grai:0614141.12345.5678   | (8003)006141411234525678",
        "3474257BF40000000000162E | urn:epc:tag:giai-96:3.0614141.5678         | urn:epc:id:giai:0614141.5678         | (8004)06141415678"
    })
    void decodes_and_encodes_the_tag_data_standard_examples(String hex, String tagUri, String pureUri, String keys) {
        EpcTag tag = EpcBinary.decode(hex);
        assertEquals(tagUri, tag.tagUri());
        assertEquals(pureUri, tag.identity().uri());
        assertEquals(keys, tag.identity().elementString().bracketed());
        assertEquals(hex, tag.hex());
        assertEquals(tag, EpcUris.parseTagUri(tagUri));
        assertEquals(tag.identity(), EpcUris.parsePureIdentity(pureUri));
    }

    @Test
    void lower_case_hex_reads_the_same() {
        assertEquals(EpcBinary.decode("3074257BF7194E4000001A85"), EpcBinary.decode("3074257bf7194e4000001a85"));
    }

    @Test
    void the_sgtin_example_names_its_gtin_and_serial() {
        SgtinIdentity sgtin = (SgtinIdentity) EpcBinary.decode("3074257BF7194E4000001A85").identity();
        assertEquals("80614141123458", sgtin.gtin().value());
        assertEquals("6789", sgtin.serial());
    }

    @Test
    void an_unknown_header_is_refused_at_the_start() {
        InvalidCode refusal = assertThrows(InvalidCode.class, () -> EpcBinary.decode("3574257BF7194E4000001A85"));
        assertEquals(0, refusal.position());
        assertTrue(refusal.getMessage().startsWith("EPC header 35 is not one this library decodes"), refusal.getMessage());
        assertFalse(EpcBinary.hasKnownHeader("E2801160600002000000000A"));
    }

    @Test
    void partition_seven_is_refused() {
        // header 30, filter 3, partition 7: bits 0011 1111 after the header
        InvalidCode refusal = assertThrows(InvalidCode.class, () -> EpcBinary.decode("307C257BF7194E4000001A85"));
        assertEquals("partition value 7 is not defined", refusal.getMessage());
        assertEquals(2, refusal.position());
    }

    @Test
    void a_company_prefix_field_beyond_its_digits_is_refused() {
        // partition 6 leaves 6 digits (20 bits) for the prefix; all ones is 1048575
        InvalidCode refusal = assertThrows(InvalidCode.class, () -> EpcBinary.decode("307BFFFFC000000000000000"));
        assertTrue(refusal.getMessage().contains("company prefix field holds 1048575"), refusal.getMessage());
        assertEquals(3, refusal.position());
    }

    @Test
    void an_sscc_96_with_reserved_bits_set_is_refused() {
        InvalidCode refusal = assertThrows(InvalidCode.class, () -> EpcBinary.decode("3174257BF4499602D2000001"));
        assertTrue(refusal.getMessage().contains("reserved bits"), refusal.getMessage());
    }

    @Test
    void only_twenty_four_hex_digits_make_a_96_bit_epc() {
        assertEquals(22, assertThrows(InvalidCode.class, () -> EpcBinary.decode("3074257BF7194E4000001A")).position());
        assertEquals(5, assertThrows(InvalidCode.class, () -> EpcBinary.decode("30742G7BF7194E4000001A85")).position());
    }

    @Test
    void every_filter_value_round_trips_and_says_what_it_means() {
        for (int filter = 0; filter < 8; filter++) {
            EpcTag tag = EpcTag.of(new SgtinIdentity("0614141", "812345", "6789"), filter);
            assertEquals(filter, EpcBinary.decode(tag.hex()).filter());
        }
        assertEquals("point of sale trade item", EpcTag.of(new SgtinIdentity("0614141", "812345", "1"), 1).filterMeaning());
        assertEquals("unit load", EpcTag.of(new SsccIdentity("0614141", "1234567890"), 6).filterMeaning());
        assertThrows(InvalidCode.class, () -> EpcTag.of(new SgtinIdentity("0614141", "812345", "1"), 8));
    }

    @Test
    void every_partition_round_trips_for_every_scheme() {
        for (int prefixDigits = 6; prefixDigits <= 12; prefixDigits++) {
            String prefix = "9".repeat(prefixDigits);
            PureIdentity[] identities = {
                new SgtinIdentity(prefix, "9".repeat(13 - prefixDigits), "274877906943"),
                new SsccIdentity(prefix, "9".repeat(17 - prefixDigits)),
                new SglnIdentity(prefix, "9".repeat(12 - prefixDigits), "2199023255551"),
                new GraiIdentity(prefix, "9".repeat(12 - prefixDigits), "274877906943"),
                // one digit short of the most: all nines in every digit would not fit the bits
                new GiaiIdentity(prefix, "9".repeat(25 - prefixDigits - 1))
            };
            for (PureIdentity identity : identities) {
                EpcTag tag = EpcTag.of(identity, 1);
                assertEquals(12 - prefixDigits, tag.partition());
                assertEquals(tag, EpcBinary.decode(tag.hex()), identity.uri());
                assertEquals(tag, EpcUris.parseTagUri(tag.tagUri()));
            }
        }
    }

    @Test
    void a_serial_that_sgtin_96_cannot_hold_is_refused_not_truncated() {
        assertThrows(InvalidCode.class, () -> EpcTag.of(new SgtinIdentity("0614141", "812345", "274877906944"), 1));
        assertThrows(InvalidCode.class, () -> EpcTag.of(new SgtinIdentity("0614141", "812345", "06789"), 1));
        assertThrows(InvalidCode.class, () -> EpcTag.of(new SgtinIdentity("0614141", "812345", "A12"), 1));
    }
}
