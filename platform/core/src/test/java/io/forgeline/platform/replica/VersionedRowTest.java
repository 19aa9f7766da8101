package io.forgeline.platform.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VersionedRowTest {

    @Test
    void the_upsert_replaces_a_stored_row_only_when_the_new_version_is_greater() {
        VersionedRow row = VersionedRow.of("item", "code", "BEARING-6204", 7)
                .set("description", "Deep groove ball bearing")
                .set("unit", "PCE");

        assertEquals("insert into item (code, description, unit, version) values (?1, ?2, ?3, ?4)"
                + " on conflict (code) do update set description = excluded.description, unit = excluded.unit,"
                + " version = excluded.version where item.version < excluded.version", row.sql());
    }

    @Test
    void parameters_follow_the_columns_with_the_key_first_and_the_version_last() {
        VersionedRow row = VersionedRow.of("item", "code", "BEARING-6204", 7)
                .set("gtin", null)
                .set("changed_at", Instant.parse("2030-01-02T03:04:05Z"));

        assertEquals(Arrays.asList("BEARING-6204", null, OffsetDateTime.of(2030, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), 7L),
                row.parameters());
    }

    @Test
    void a_row_without_other_columns_still_carries_its_version() {
        assertEquals("insert into machine (code, version) values (?1, ?2) on conflict (code) do update set"
                + " version = excluded.version where machine.version < excluded.version",
                VersionedRow.of("machine", "code", "CNC-01-M1", 1).sql());
    }

    @Test
    void names_that_are_not_plain_identifiers_are_refused_before_they_reach_sql() {
        assertThrows(IllegalArgumentException.class, () -> VersionedRow.of("item; drop table item", "code", "X", 1));
        assertThrows(IllegalArgumentException.class, () -> VersionedRow.of("item", "Code", "X", 1));
        assertThrows(IllegalArgumentException.class, () -> VersionedRow.of("item", "code", "X", 1).set("unit = 'KG'", "PCE"));
    }

    @Test
    void the_key_and_the_version_cannot_be_overwritten_through_set() {
        VersionedRow row = VersionedRow.of("item", "code", "X", 1);

        assertThrows(IllegalArgumentException.class, () -> row.set("code", "Y"));
        assertThrows(IllegalArgumentException.class, () -> row.set("version", 99L));
    }

    @Test
    void a_column_set_twice_is_a_mistake_not_a_last_one_wins() {
        VersionedRow row = VersionedRow.of("item", "code", "X", 1).set("unit", "PCE");

        assertThrows(IllegalArgumentException.class, () -> row.set("unit", "KG"));
    }

    @Test
    void a_row_needs_its_key() {
        assertThrows(IllegalArgumentException.class, () -> VersionedRow.of("item", "code", null, 1));
    }
}
