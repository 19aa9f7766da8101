package io.forgeline.ident.epc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpcUrisTest {

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
        "urn:epc:tag:sgtin-96:8.0614141.812345.6789     | 21 | filter value is one digit 0-7",
        "urn:epc:tag:sgtin-198:3.0614141.812345.6789    | 12 | is not a tag encoding",
        "urn:epc:tag:sgtin-96:3.0614141.812345.06789    | 23 | without leading zeros",
        "urn:epc:tag:sgtin-96:3.0614141.812345.274877906944 | 23 | up to 274877906943",
        "urn:epc:tag:sgtin-96:3.0614141.81234.6789      | 31 | item reference must have 6 digits",
        "urn:epc:tag:sgtin-96:3.06141X1.812345.6789     | 28 | company prefix must be digits",
        "urn:epc:tag:sscc-96:3.0614141.1234567890.1     | 20 | 2 fields",
        "urn:epc:id:sgtin:06141.8123456.6789            | 17 | 6 to 12 digits",
        "urn:epc:id:gid:95100000.12345.400              | 11 | is not an EPC scheme"
    })
    void malformed_uris_are_refused_where_they_go_wrong(String uri, int position, String reason) {
        InvalidCode refusal = assertThrows(InvalidCode.class, () -> {
            if (uri.startsWith("urn:epc:tag:")) {
                EpcUris.parseTagUri(uri);
            } else {
                EpcUris.parsePureIdentity(uri);
            }
        });
        assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
        assertEquals(position, refusal.position(), refusal.getMessage());
    }

    @Test
    void the_largest_sgtin_96_serial_is_accepted() {
        assertEquals("274877906943", ((SgtinIdentity) EpcUris.parseTagUri(
                "urn:epc:tag:sgtin-96:0.0614141.812345.274877906943").identity()).serial());
    }

    @Test
    void pure_identity_serials_may_hold_escaped_gs1_characters() {
        SgtinIdentity sgtin = (SgtinIdentity) EpcUris.parsePureIdentity("urn:epc:id:sgtin:0614141.812345.A%2FB%26C");
        assertEquals("A/B&C", sgtin.serial());
        assertEquals("urn:epc:id:sgtin:0614141.812345.A%2FB%26C", sgtin.uri());
        assertEquals(ElementString.parse("(01)80614141123458(21)A/B&C"), sgtin.elementString());
    }

    @Test
    void a_location_without_extension_is_just_its_gln() {
        SglnIdentity sgln = (SglnIdentity) EpcUris.parsePureIdentity("urn:epc:id:sgln:0614141.12345.0");
        assertEquals("(414)0614141123452", sgln.elementString().bracketed());
    }

    @Test
    void gs1_keys_split_at_a_known_company_prefix_become_epcs() {
        assertEquals("urn:epc:id:sgtin:0614141.812345.6789",
                SgtinIdentity.of(Gtin.parse("80614141123458"), "6789", 7).uri());
        assertEquals("urn:epc:id:sscc:0614141.1234567890", SsccIdentity.of(Sscc.parse("106141412345678908"), 7).uri());
    }

    @Test
    void random_sgtins_round_trip_through_hex_tag_uri_pure_identity_and_gs1_keys() {
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            int prefixDigits = 6 + random.nextInt(7);
            String prefix = digits(random, prefixDigits);
            String itemReference = digits(random, 13 - prefixDigits);
            String serial = Long.toString(random.nextLong(1L << 38));
            EpcTag tag = EpcTag.of(new SgtinIdentity(prefix, itemReference, serial), random.nextInt(8));
            EpcTag fromHex = EpcBinary.decode(tag.hex());
            assertEquals(tag, fromHex);
            assertEquals(tag, EpcUris.parseTagUri(tag.tagUri()));
            assertEquals(tag.identity(), EpcUris.parsePureIdentity(tag.identity().uri()));
            SgtinIdentity sgtin = (SgtinIdentity) fromHex.identity();
            ElementString keys = sgtin.elementString();
            assertEquals(sgtin, SgtinIdentity.of(keys.gtin().orElseThrow(), keys.serial().orElseThrow(), prefixDigits));
        }
    }

    @Test
    void random_ssccs_round_trip_through_every_representation() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            int prefixDigits = 6 + random.nextInt(7);
            Sscc sscc = Sscc.of(random.nextInt(10), digits(random, prefixDigits), random.nextLong((long) Math.pow(10, 16 - prefixDigits)));
            EpcTag tag = EpcTag.of(SsccIdentity.of(sscc, prefixDigits), random.nextInt(8));
            EpcTag fromHex = EpcBinary.decode(tag.hex());
            assertEquals(tag, fromHex);
            assertEquals(sscc, ((SsccIdentity) fromHex.identity()).sscc());
            assertEquals(sscc, fromHex.identity().elementString().sscc().orElseThrow());
            assertEquals(tag, EpcUris.parseTagUri(tag.tagUri()));
        }
    }

    @Test
    void one_flipped_bit_in_a_company_prefix_or_reference_is_never_read_as_the_same_tag() {
        Random random = new Random(13);
        String hex = "3074257BF7194E4000001A85";
        EpcTag original = EpcBinary.decode(hex);
        for (int round = 0; round < 500; round++) {
            int bit = 14 + random.nextInt(44); // company prefix and item reference
            char[] digits = hex.toCharArray();
            int nibble = Character.digit(digits[bit / 4], 16) ^ (8 >> (bit % 4));
            digits[bit / 4] = Character.toUpperCase(Character.forDigit(nibble, 16));
            try {
                assertTrue(!original.equals(EpcBinary.decode(new String(digits))));
            } catch (InvalidCode outOfRange) {
                // refused is as good as different
            }
        }
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
