package io.forgeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CheckoutTest {

    @Test
    void two_checkouts_get_different_ids_and_one_checkout_always_the_same() {
        assertThat(Checkout.idOf(Path.of("/work/main"))).isNotEqualTo(Checkout.idOf(Path.of("/work/wt-launcher")))
                .isEqualTo(Checkout.idOf(Path.of("/work/main/")))
                .matches("[0-9a-f]{8}");
    }

    @Test
    void a_test_database_and_a_consumer_group_carry_the_checkout_id_once() {
        String database = Checkout.database("forgeline_test_supply");

        assertThat(database).isEqualTo("forgeline_test_supply_" + Checkout.id());
        assertThat(Checkout.database(database)).as("already this checkout's").isEqualTo(database);
        assertThat(Checkout.consumerGroup("supply")).isEqualTo("supply-test-" + Checkout.id());
    }

    @Test
    void the_longest_test_database_name_stays_within_postgresqls_63_characters() {
        assertThat(Checkout.database("forgeline_test_scheduling_masterdata")).hasSizeLessThanOrEqualTo(63);
    }
}
