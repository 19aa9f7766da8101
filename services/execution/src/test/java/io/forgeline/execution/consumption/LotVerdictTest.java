package io.forgeline.execution.consumption;

import static io.forgeline.execution.consumption.WarehouseStandIn.balance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgeline.contracts.warehouse.v1.LotBalance;
import io.forgeline.platform.problem.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The judgement of a lot against a consumption, figure by figure. */
class LotVerdictTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static LotVerdict.Allowed judge(List<LotBalance> balances, String pending, String asked, boolean requiresStaging) {
        return LotVerdict.judge("BRG", "L1", balances, new BigDecimal(pending), Optional.ofNullable(asked).map(BigDecimal::new),
                requiresStaging, "CNC-01", TODAY);
    }

    private static LotBalance at(String bin, boolean staged, String status, String quantity, String expiresOn) {
        return balance("BRG", "L1", bin, "", status, expiresOn, quantity, staged, "");
    }

    @Test
    void pending_consumptions_are_counted_against_staged_stock_first() {
        List<LotBalance> lot = List.of(at("ST", true, "AVAILABLE", "5", ""), at("B-1", false, "AVAILABLE", "10", ""));

        LotVerdict.Allowed fromStaging = judge(lot, "2", "3", false);
        assertThat(fromStaging.unstaged()).isFalse();
        LotVerdict.Allowed partlyElsewhere = judge(lot, "3", "3", false);
        assertThat(partlyElsewhere.unstaged()).isTrue();
        assertThatThrownBy(() -> judge(lot, "3", "3", true)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("is not staged at CNC-01 (2 PCE there (3 of it consumed by scans warehouse has not booked yet))");
        assertThatThrownBy(() -> judge(lot, "3", "13", false)).hasMessage("lot L1 of BRG has 12 PCE released (3 of it consumed by scans "
                + "warehouse has not booked yet); 13 PCE asked");
    }

    @Test
    void without_a_quantity_everything_left_is_taken() {
        assertThat(judge(List.of(at("ST", true, "AVAILABLE", "24", "")), "4", null, false).quantity()).isEqualByComparingTo("20");
    }

    @Test
    void expired_quarantined_held_and_blocked_stock_counts_for_nothing() {
        assertThat(judge(List.of(at("ST", true, "AVAILABLE", "5", "2026-11-29")), "0", "5", false).quantity()).isEqualByComparingTo("5");
        assertThatThrownBy(() -> judge(List.of(at("ST", true, "AVAILABLE", "5", "2026-11-28")), "0", "1", false))
                .hasMessage("lot L1 of BRG expired on 2026-11-28: it may not be used");
        assertThatThrownBy(() -> judge(List.of(at("DOCK", false, "QUARANTINE", "5", "")), "0", "1", false))
                .hasMessage("lot L1 of BRG is in quarantine: quality has not released it yet");
        assertThatThrownBy(() -> judge(List.of(balance("BRG", "L1", "ST", "", "BLOCKED", "", "5", true, "HOLD-000007")), "0", "1", false))
                .hasMessage("lot L1 of BRG is held by HOLD-000007: quality must lift the hold first");
        assertThatThrownBy(() -> judge(List.of(at("ST", true, "BLOCKED", "5", "")), "0", "1", false))
                .hasMessage("lot L1 of BRG is blocked: quality rejected it");
    }
}
