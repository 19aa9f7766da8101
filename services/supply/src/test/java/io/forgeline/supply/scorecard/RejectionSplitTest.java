package io.forgeline.supply.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.forgeline.supply.scorecard.RejectionSplit.Charge;
import io.forgeline.supply.scorecard.RejectionSplit.Share;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionSplitTest {

    private static Share share(int ordinal, String intoStock, String charged, String basePerUnit) {
        return new Share(ordinal, new BigDecimal(intoStock), new BigDecimal(charged), new BigDecimal(basePerUnit));
    }

    private static List<String> charged(List<Charge> charges) {
        return charges.stream().map(c -> c.ordinal() + ":" + c.quantity().stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void the_first_line_takes_what_it_can_and_the_next_the_rest() {
        assertEquals(List.of("0:60", "2:10"),
                charged(RejectionSplit.split(new BigDecimal("70"), List.of(share(0, "60", "0", "1"), share(2, "40", "0", "1")))));
    }

    @Test
    void a_rejection_that_fits_the_first_line_leaves_the_others_alone() {
        assertEquals(List.of("0:5"),
                charged(RejectionSplit.split(new BigDecimal("5"), List.of(share(0, "60", "0", "1"), share(1, "40", "0", "1")))));
    }

    @Test
    void no_line_is_charged_beyond_what_it_put_into_stock_and_the_excess_is_charged_to_nobody() {
        assertEquals(List.of("0:60", "1:40"),
                charged(RejectionSplit.split(new BigDecimal("120"), List.of(share(0, "60", "0", "1"), share(1, "40", "0", "1")))));
    }

    @Test
    void what_earlier_decisions_charged_to_a_line_leaves_less_room_on_it() {
        assertEquals(List.of("0:10", "1:20"),
                charged(RejectionSplit.split(new BigDecimal("30"), List.of(share(0, "60", "50", "1"), share(1, "40", "0", "1")))));
    }

    @Test
    void pieces_rejected_are_charged_in_the_boxes_the_line_was_received_in() {
        // 2 boxes of 50 and 30 loose pieces: 130 pieces rejected fill the boxes' line (100) and 30 of the pieces' line
        assertEquals(List.of("0:2", "1:30"),
                charged(RejectionSplit.split(new BigDecimal("130"), List.of(share(0, "2", "0", "50"), share(1, "40", "0", "1")))));
    }

    @Test
    void a_line_already_charged_in_full_is_passed_over() {
        assertEquals(List.of("1:5"),
                charged(RejectionSplit.split(new BigDecimal("5"), List.of(share(0, "60", "60", "1"), share(1, "40", "0", "1")))));
    }
}
