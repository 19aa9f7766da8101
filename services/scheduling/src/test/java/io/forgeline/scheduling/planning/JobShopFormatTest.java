package io.forgeline.scheduling.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobShopFormatTest {

    @Test
    void a_job_shop_file_becomes_orders_with_one_machine_per_operation_counted_from_zero() {
        Plant plant = JobShopFormat.parseJobShop("2 3\n0 5 2 7 1 3\n1 4 0 6 2 2\n");

        assertEquals(3, plant.machines().size());
        assertEquals(2, plant.orders().size());
        Operation second = plant.orders().get(0).operations().get(1);
        assertEquals(List.of(new MachineOption("M2", 7)), second.options());
        assertEquals("J1-0", plant.orders().get(1).operations().get(0).id());
        assertTrue(plant.machines().stream().allMatch(m -> m.calendar().isAlwaysOpen()));
    }

    @Test
    void a_flexible_file_lists_alternative_machines_counted_from_one_and_may_carry_an_average_in_its_header() {
        Plant plant = JobShopFormat.parseFlexible("2 3 1.5\n2  2 1 10 3 12  1 2 5\n1  3 1 4 2 5 3 6\n");

        assertEquals(3, plant.machines().size());
        assertEquals(List.of(new MachineOption("M0", 10), new MachineOption("M2", 12)),
                plant.orders().get(0).operations().get(0).options());
        assertEquals(List.of(new MachineOption("M1", 5)), plant.orders().get(0).operations().get(1).options());
        assertEquals(3, plant.orders().get(1).operations().get(0).options().size());
    }

    @Test
    void a_machine_outside_the_declared_range_is_refused_with_the_job_and_operation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobShopFormat.parseJobShop("1 2\n0 5 2 7\n"));

        assertEquals("job 0 operation 1 names machine 2 (counted from 0), but the file declares 2 machines", e.getMessage());
    }

    @Test
    void a_truncated_file_says_what_is_missing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobShopFormat.parseFlexible("1 2\n2 1 1 5\n"));

        assertTrue(e.getMessage().contains("ends where the machines of job 0 operation 1"), e.getMessage());
    }
}
