package io.forgeline.warehouse.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.ident.epc.EpcTag;
import io.forgeline.ident.epc.SgtinIdentity;
import io.forgeline.ident.epc.SsccIdentity;
import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import io.forgeline.warehouse.receiving.RfidReconciliation.Unreadable;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfidReconciliationTest {

    /** The supplier's GS1 company prefix; its length tells the EPC encoder where prefix and serial part. */
    private static final String COMPANY_PREFIX = "4012345";
    private static final int FULL_CASE = 2;

    private static final Sscc PALLET_1 = Sscc.of(3, COMPANY_PREFIX, 1);
    private static final Sscc PALLET_2 = Sscc.of(3, COMPANY_PREFIX, 2);
    private static final Sscc PALLET_3 = Sscc.of(3, COMPANY_PREFIX, 3);
    private static final Gtin BEARINGS = Gtin.of(0, COMPANY_PREFIX, "00001");
    private static final Sscc STRANGER = Sscc.of(0, "0614141", 123456789);

    private static EpcTag tag(Sscc sscc) {
        return EpcTag.of(SsccIdentity.of(sscc, COMPANY_PREFIX.length()), FULL_CASE);
    }

    /** The 24 hex digits an RFID portal reports for the pallet's SSCC-96 tag. */
    private static String hex(Sscc sscc) {
        return tag(sscc).hex();
    }

    @Test
    void every_announced_pallet_read_is_received_and_the_receipt_is_complete() {
        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1, PALLET_2), List.of(hex(PALLET_1), hex(PALLET_2)));

        assertThat(result.received()).containsExactly(PALLET_1, PALLET_2);
        assertThat(result.missing()).isEmpty();
        assertThat(result.unexpected()).isEmpty();
        assertThat(result.unreadable()).isEmpty();
        assertThat(result.complete()).isTrue();
    }

    @Test
    void an_announced_pallet_that_was_not_read_is_missing() {
        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1, PALLET_2, PALLET_3), List.of(hex(PALLET_2)));

        assertThat(result.received()).containsExactly(PALLET_2);
        assertThat(result.missing()).containsExactly(PALLET_1, PALLET_3);
        assertThat(result.complete()).isFalse();
    }

    @Test
    void a_valid_sscc_the_asn_did_not_announce_is_unexpected() {
        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1), List.of(hex(PALLET_1), hex(STRANGER)));

        assertThat(result.unexpected()).containsExactly(STRANGER);
        assertThat(result.received()).containsExactly(PALLET_1);
        assertThat(result.complete()).isFalse();
    }

    @Test
    void a_tag_read_many_times_counts_once() {
        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1),
                List.of(hex(PALLET_1), hex(PALLET_1), hex(STRANGER), hex(PALLET_1), hex(STRANGER)));

        assertThat(result.received()).containsExactly(PALLET_1);
        assertThat(result.unexpected()).containsExactly(STRANGER);
    }

    @Test
    void a_pallet_read_in_different_forms_counts_once() {
        List<String> reads = List.of(
                hex(PALLET_1),
                hex(PALLET_1).toLowerCase(),
                tag(PALLET_1).tagUri(),
                tag(PALLET_1).identity().uri(),
                "]C100" + PALLET_1.value());

        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1), reads);

        assertThat(result.received()).containsExactly(PALLET_1);
        assertThat(result.unexpected()).isEmpty();
        assertThat(result.unreadable()).isEmpty();
    }

    @Test
    void ssccs_are_read_from_epc_tag_uris() {
        String tagUri = tag(PALLET_1).tagUri();

        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1), List.of(tagUri));

        assertThat(tagUri).startsWith("urn:epc:tag:sscc-96:");
        assertThat(result.received()).containsExactly(PALLET_1);
    }

    @Test
    void ssccs_are_read_from_epc_pure_identity_uris() {
        String pureUri = tag(PALLET_2).identity().uri();

        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_2), List.of(pureUri));

        assertThat(pureUri).startsWith("urn:epc:id:sscc:");
        assertThat(result.received()).containsExactly(PALLET_2);
    }

    @Test
    void ssccs_are_read_from_gs1_128_labels_and_digital_links_at_the_same_dock() {
        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1, PALLET_2),
                List.of("]C100" + PALLET_1.value(), "https://id.gs1.org/00/" + PALLET_2.value()));

        assertThat(result.received()).containsExactly(PALLET_1, PALLET_2);
    }

    @Test
    void received_and_missing_keep_the_order_of_the_asn() {
        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_3, PALLET_1, PALLET_2),
                List.of(hex(PALLET_1), hex(PALLET_3)));

        assertThat(result.received()).containsExactly(PALLET_3, PALLET_1);
        assertThat(result.missing()).containsExactly(PALLET_2);
    }

    @Test
    void unexpected_pallets_keep_the_order_they_were_first_read_in() {
        Sscc otherStranger = Sscc.of(0, "0614141", 42);

        RfidReconciliation result = RfidReconciliation.of(List.of(),
                List.of(hex(otherStranger), hex(STRANGER), hex(otherStranger)));

        assertThat(result.unexpected()).containsExactly(otherStranger, STRANGER);
    }

    @Test
    void an_sscc_announced_twice_is_listed_once() {
        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1, PALLET_2, PALLET_1), List.of(hex(PALLET_2)));

        assertThat(result.received()).containsExactly(PALLET_2);
        assertThat(result.missing()).containsExactly(PALLET_1);
    }

    @Test
    void a_label_with_a_wrong_check_digit_is_unreadable_and_says_so() {
        String digits = PALLET_1.value();
        char wrong = (char) ('0' + (digits.charAt(17) - '0' + 1) % 10);
        String badLabel = "]C100" + digits.substring(0, 17) + wrong;

        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1), List.of(badLabel));

        assertThat(result.unreadable()).singleElement().satisfies(unreadable -> {
            assertThat(unreadable.read()).isEqualTo(badLabel);
            assertThat(unreadable.reason()).contains("check digit");
        });
        assertThat(result.missing()).containsExactly(PALLET_1);
    }

    @Test
    void an_sscc_96_tag_with_reserved_bits_set_is_unreadable() {
        String tampered = hex(PALLET_1).substring(0, 23) + "1";

        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1), List.of(tampered));

        assertThat(result.unreadable()).singleElement()
                .satisfies(unreadable -> assertThat(unreadable.reason()).contains("reserved bits"));
        assertThat(result.received()).isEmpty();
    }

    @Test
    void a_tag_with_a_header_nobody_defined_is_unreadable() {
        String unknownHeader = "35" + hex(PALLET_1).substring(2);

        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1), List.of(unknownHeader));

        assertThat(result.unreadable()).singleElement()
                .satisfies(unreadable -> assertThat(unreadable.reason()).contains("header 35"));
    }

    @Test
    void a_trade_item_tag_is_no_pallet_and_is_unreadable_as_an_sscc() {
        EpcTag tradeItem = EpcTag.of(SgtinIdentity.of(BEARINGS, "6789", COMPANY_PREFIX.length()), 1);

        RfidReconciliation result = RfidReconciliation.of(List.of(PALLET_1), List.of(hex(PALLET_1), tradeItem.hex()));

        assertThat(result.received()).containsExactly(PALLET_1);
        assertThat(result.unreadable()).containsExactly(new Unreadable(tradeItem.hex(),
                "the tag carries an SGTIN (urn:epc:id:sgtin:4012345.000001.6789), not an SSCC"));
    }

    @Test
    void a_plain_code_is_unreadable_as_an_sscc() {
        RfidReconciliation result = RfidReconciliation.of(List.of(), List.of("L-2291"));

        assertThat(result.unreadable()).containsExactly(new Unreadable("L-2291", "neither an EPC nor GS1 data, so no SSCC"));
    }

    @Test
    void gs1_data_without_an_sscc_is_unreadable_as_an_sscc() {
        RfidReconciliation result = RfidReconciliation.of(List.of(), List.of("]C101" + BEARINGS.value()));

        assertThat(result.unreadable()).singleElement()
                .satisfies(unreadable -> assertThat(unreadable.reason()).isEqualTo("the GS1 data (01)" + BEARINGS.value() + " holds no SSCC"));
    }

    @Test
    void an_empty_read_is_unreadable() {
        RfidReconciliation result = RfidReconciliation.of(List.of(), List.of(""));

        assertThat(result.unreadable()).singleElement()
                .satisfies(unreadable -> assertThat(unreadable.reason()).contains("empty"));
    }

    @Test
    void the_same_unreadable_read_is_listed_once_in_the_order_first_read() {
        RfidReconciliation result = RfidReconciliation.of(List.of(), List.of("L-2", "L-1", "L-2", "L-1"));

        assertThat(result.unreadable()).extracting(Unreadable::read).containsExactly("L-2", "L-1");
    }

    @Test
    void the_encoder_used_by_these_tests_writes_what_the_portal_reports() {
        // guards the test data: the SSCC-96 example of the Tag Data Standard, built the way these tests build tags
        Sscc example = Sscc.parse("106141412345678908");

        assertThat(EpcTag.of(SsccIdentity.of(example, 7), 3).hex()).isEqualTo("3174257BF4499602D2000000");
    }
}
