package io.forgeline.ident.epc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.digitallink.DigitalLinkParser;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.Gtin;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The openepcis translator, checked against this library's own parsers. */
class EpcDigitalLinksTest {

    @Test
    void an_sgtin_becomes_its_canonical_digital_link() {
        assertEquals("https://id.gs1.org/01/80614141123458/21/6789",
                EpcDigitalLinks.digitalLink(new SgtinIdentity("0614141", "812345", "6789")));
    }

    @Test
    void an_sscc_becomes_its_canonical_digital_link() {
        assertEquals("https://id.gs1.org/00/106141412345678908",
                EpcDigitalLinks.digitalLink(new SsccIdentity("0614141", "1234567890")));
    }

    @Test
    void gs1s_company_prefix_list_splits_a_gtin_into_its_epc() {
        PureIdentity identity = EpcDigitalLinks.pureIdentity(ElementString.parse("(01)80614141123458(21)6789(17)261231"));
        assertEquals("urn:epc:id:sgtin:0614141.812345.6789", identity.uri());
    }

    @Test
    void a_company_prefix_length_from_master_data_overrides_the_list() {
        assertEquals("urn:epc:id:sscc:06141412.134567890",
                EpcDigitalLinks.pureIdentity(ElementString.parse("(00)106141412345678908"), 8).uri());
    }

    @Test
    void a_lot_of_a_gtin_becomes_its_lgtin_class() {
        assertEquals("urn:epc:class:lgtin:0614141.812345.L-7", EpcDigitalLinks.lotClass(new Gtin("80614141123458"), "L-7"));
    }

    @Test
    void a_lot_that_ai_10_cannot_carry_has_no_lgtin() {
        assertThrows(InvalidCode.class, () -> EpcDigitalLinks.lotClass(new Gtin("80614141123458"), "A LOT NUMBER OF MORE THAN 20"));
    }

    @Test
    void a_gtin_without_serial_has_no_epc() {
        assertThrows(InvalidCode.class, () -> EpcDigitalLinks.pureIdentity(ElementString.parse("(01)80614141123458")));
    }

    @Test
    void the_translators_digital_links_read_back_as_the_same_gs1_keys() {
        Random random = new Random(17);
        DigitalLinkParser links = new DigitalLinkParser();
        for (int round = 0; round < 300; round++) {
            int prefixDigits = 6 + random.nextInt(7);
            StringBuilder prefix = new StringBuilder();
            StringBuilder reference = new StringBuilder();
            for (int i = 0; i < prefixDigits; i++) {
                prefix.append(random.nextInt(10));
            }
            for (int i = prefixDigits; i < 13; i++) {
                reference.append(random.nextInt(10));
            }
            SgtinIdentity sgtin = new SgtinIdentity(prefix.toString(), reference.toString(), Long.toString(random.nextLong(1L << 38)));
            assertEquals(sgtin.elementString(), links.parse(EpcDigitalLinks.digitalLink(sgtin)));
        }
    }
}
