package io.forgeline.execution.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgeline.ident.key.Gtin;
import io.forgeline.platform.problem.InvalidField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names, quantities and query parameters of the EPCIS events, without Quarkus. */
class IdentifiersTest {

    private static final Gtin GTIN = new Gtin("80614141123458");

    @Test
    void a_lot_of_an_item_with_a_gtin_is_its_lgtin_and_reads_back() {
        String uri = Identifiers.lotClass("SUB-1", Optional.of(GTIN), "FL-000042");
        assertThat(uri).isEqualTo("urn:epc:class:lgtin:0614141.812345.FL-000042");
        Identifiers.LotClass read = Identifiers.readLotClass(uri).orElseThrow();
        assertThat(read.gtin()).contains(GTIN);
        assertThat(read.lot()).isEqualTo("FL-000042");
    }

    @Test
    void a_lot_of_an_item_without_a_gtin_gets_a_private_urn_whose_parts_read_back_exactly() {
        String uri = Identifiers.lotClass("BEARING:6204/2RS", Optional.empty(), "L 7%");
        assertThat(uri).isEqualTo("urn:forgeline:class:lot:BEARING%3A6204%2F2RS:L%207%25");
        Identifiers.LotClass read = Identifiers.readLotClass(uri).orElseThrow();
        assertThat(read.itemCode()).isEqualTo("BEARING:6204/2RS");
        assertThat(read.lot()).isEqualTo("L 7%");
    }

    @Test
    void a_lot_that_ai_10_cannot_carry_is_named_privately_even_with_a_gtin() {
        assertThat(Identifiers.lotClass("SUB-1", Optional.of(GTIN), "A LOT WITH SPACES")).startsWith("urn:forgeline:class:lot:SUB-1:");
    }

    @Test
    void a_digital_link_names_the_same_lot_as_its_lgtin() {
        Identifiers.LotClass read = Identifiers.readLotClass("https://id.gs1.org/01/80614141123458/10/FL-1").orElseThrow();
        assertThat(read.gtin()).contains(GTIN);
        assertThat(read.lot()).isEqualTo("FL-1");
        assertThat(Identifiers.readLotClass("urn:epc:id:sgtin:0614141.812345.6789")).isEmpty();
    }

    @Test
    void an_sscc_is_its_epc_and_a_unit_without_a_label_has_none() {
        assertThat(Identifiers.handlingUnit("106141412345678908")).contains("urn:epc:id:sscc:0614141.1234567890");
        assertThat(Identifiers.handlingUnit("")).isEmpty();
        assertThat(Identifiers.handlingUnit("123")).isEmpty();
    }

    @Test
    void the_same_row_always_gives_the_same_event_id() {
        assertThat(Identifiers.eventId("receiving", "a/b/c")).isEqualTo(Identifiers.eventId("receiving", "a/b/c"))
                .startsWith("urn:uuid:").isNotEqualTo(Identifiers.eventId("receiving", "a/b/d"));
    }

    @Test
    void pieces_are_counted_without_a_unit_and_measures_take_their_rec_20_code() {
        assertThat(Quantities.element("urn:x", new BigDecimal("10.000000"), "PCE").toString())
                .isEqualTo("{\"epcClass\":\"urn:x\",\"quantity\":10}");
        assertThat(Quantities.element("urn:x", new BigDecimal("2.5"), "PCE").toString())
                .isEqualTo("{\"epcClass\":\"urn:x\",\"quantity\":2.5,\"uom\":\"H87\"}");
        assertThat(Quantities.element("urn:x", new BigDecimal("12.500"), "KG").toString())
                .isEqualTo("{\"epcClass\":\"urn:x\",\"quantity\":12.5,\"uom\":\"KGM\"}");
        assertThat(Quantities.element("urn:x", new BigDecimal("3"), "BOX").toString()).isEqualTo("{\"epcClass\":\"urn:x\"}");
    }

    @Test
    void per_page_is_30_unless_asked_and_never_outside_1_to_1000() {
        assertThat(EventQuery.of(Map.of()).perPage()).isEqualTo(30);
        assertThat(EventQuery.of(Map.of("perPage", List.of("1000"))).perPage()).isEqualTo(1000);
        for (String bad : List.of("0", "1001", "ten", "-1")) {
            assertThatThrownBy(() -> EventQuery.of(Map.of("perPage", List.of(bad))))
                    .isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("perPage");
        }
    }

    @Test
    void list_parameters_take_repeated_and_piped_values_and_unknown_parameters_are_refused() {
        EventQuery query = EventQuery.of(Map.of("eventType", List.of("ObjectEvent|AggregationEvent", "TransformationEvent")));
        assertThat(query.eventTypes()).containsExactlyInAnyOrder(EventQuery.EventType.ObjectEvent,
                EventQuery.EventType.AggregationEvent, EventQuery.EventType.TransformationEvent);
        assertThatThrownBy(() -> EventQuery.of(Map.of("eventType", List.of("ShippingEvent")))).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> EventQuery.of(Map.of("EQ_bizStep", List.of("shipping"))))
                .isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("EQ_bizStep");
    }

    @Test
    void a_page_token_reads_back_as_where_the_page_ended_and_a_forged_one_is_refused() {
        Cursor cursor = new Cursor(java.time.Instant.parse("2030-01-01T10:00:00.123456Z"), 2, "order/FL-000001");
        assertThat(Cursor.of(cursor.token())).isEqualTo(cursor);
        assertThatThrownBy(() -> Cursor.of("not-a-token")).isInstanceOf(InvalidField.class);
    }
}
