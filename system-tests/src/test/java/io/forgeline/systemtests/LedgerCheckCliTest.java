package io.forgeline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgeline.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/forgeline check ledger} against the running warehouse: after the suite's receipts and movements every
 * balance is the sum of its movements; a balance changed behind the ledger's back is found and the command fails.
 */
class LedgerCheckCliTest {

    @Test
    void the_ledger_check_passes_after_real_receipts_and_finds_a_balance_changed_behind_its_back() throws Exception {
        Purchasing.receivedAtTheDock(Purchasing.openAsn());

        Cli.Result clean = Cli.run("check", "ledger");
        assertThat(clean.exit()).as(clean.output()).isZero();
        assertThat(clean.output()).contains("every balance equals the sum of its movements");

        String warehouse = Suite.database("warehouse");
        LocalStack.sql(warehouse, "update stock_balance set quantity = quantity + 7 where lot = 'L-SH-2601'");
        try {
            Cli.Result tampered = Cli.run("check", "ledger");
            assertThat(tampered.exit()).as(tampered.output()).isEqualTo(1);
            assertThat(tampered.output()).contains("L-SH-2601");
        } finally {
            LocalStack.sql(warehouse, "update stock_balance set quantity = quantity - 7 where lot = 'L-SH-2601'");
        }
    }
}
