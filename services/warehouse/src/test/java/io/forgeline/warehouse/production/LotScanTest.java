package io.forgeline.warehouse.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgeline.platform.problem.InvalidField;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LotScanTest {

    private static final String ID = "3f2b6c1e-8d4a-4f0b-9c5e-1a2b3c4d5e6f";

    @Test
    void blank_fields_are_absent_and_given_ones_are_stripped() {
        LotScan scan = LotScan.of(" ", " L-1 ", "", "", " ASM-01", List.of());

        assertThat(scan.itemCode()).isEmpty();
        assertThat(scan.lot()).contains("L-1");
        assertThat(scan.sscc()).isEmpty();
        assertThat(scan.workCenterCode()).contains("ASM-01");
    }

    @Test
    void a_scan_that_names_no_lot_handling_unit_or_serial_is_refused_naming_the_lot() {
        assertThatThrownBy(() -> LotScan.of("PIN-1", "", "", "", "", List.of()))
                .isInstanceOf(InvalidField.class)
                .satisfies(refused -> assertThat(((InvalidField) refused).field()).isEqualTo("lot"));
        assertThatThrownBy(() -> LotScan.of("", "", "", "", "ASM-01", List.of()))
                .isInstanceOf(InvalidField.class)
                .satisfies(refused -> assertThat(((InvalidField) refused).field()).isEqualTo("lot"));
    }

    @Test
    void an_item_at_a_work_center_asks_what_of_it_is_staged_there() {
        LotScan scan = LotScan.of("PIN-1", "", "", "", "ASM-01", List.of());

        assertThat(scan.namesNoUnit()).isTrue();
        assertThat(scan.itemCode()).contains("PIN-1");
    }

    @Test
    void a_handling_unit_alone_or_an_items_serial_names_the_stock() {
        assertThat(LotScan.of("", "", "376141410000000017", "", "", List.of()).sscc()).contains("376141410000000017");
        assertThat(LotScan.of("PUMP-1", "", "", "SN-7", "", List.of()).serial()).contains("SN-7");
    }

    @Test
    void a_serial_without_its_item_is_refused_naming_the_item() {
        assertThatThrownBy(() -> LotScan.of("", "L-1", "", "SN-7", "", List.of()))
                .isInstanceOf(InvalidField.class)
                .satisfies(refused -> assertThat(((InvalidField) refused).field()).isEqualTo("item_code"));
    }

    @Test
    void a_consumption_id_that_is_not_a_uuid_is_refused_naming_its_place_in_the_list() {
        assertThatThrownBy(() -> LotScan.of("", "L-1", "", "", "", List.of(ID, "scan-42")))
                .isInstanceOf(InvalidField.class)
                .hasMessageContaining("\"scan-42\" is not a UUID")
                .satisfies(refused -> assertThat(((InvalidField) refused).field()).isEqualTo("consumption_ids[1]"));
    }

    @Test
    void consumption_ids_are_kept_once_each_in_the_callers_spelling() {
        LotScan scan = LotScan.of("", "L-1", "", "", "", List.of(ID.toUpperCase(), ID));

        assertThat(scan.consumptionIds()).containsExactly(java.util.Map.entry(UUID.fromString(ID), ID.toUpperCase()));
        assertThat(scan.serial()).isEqualTo(Optional.empty());
    }
}
