package io.forgeline.warehouse.stock;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/**
 * Proves the ledger: every balance must equal the sum of its movements, and no movements may add up to stock that
 * has no balance. Read in one snapshot (one statement), so movements posted meanwhile cannot make it lie.
 */
@ApplicationScoped
public class LedgerCheck {

    private static final String MISMATCHES = """
            select coalesce(m.item_code, b.item_code), coalesce(m.lot, b.lot), coalesce(m.status, b.status), coalesce(m.bin_code, b.bin_code),
                   coalesce(m.sscc, b.sscc), coalesce(m.total, 0), coalesce(b.quantity, 0),
                   (select count(*) from stock_balance), (select count(*) from stock_movement)
            from (select item_code, lot, status, bin_code, sscc, sum(quantity) as total
                  from stock_movement group by item_code, lot, status, bin_code, sscc) m
            full outer join stock_balance b
              on b.item_code = m.item_code and b.lot = m.lot and b.status = m.status and b.bin_code = m.bin_code
             and b.sscc is not distinct from m.sscc
            where coalesce(m.total, 0) <> coalesce(b.quantity, 0)
            union all
            select null, null, null, null, null, null, null, (select count(*) from stock_balance), (select count(*) from stock_movement)
            """;

    public Uni<Result> check() {
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(MISMATCHES, Object[].class).getResultList()))
                .map(rows -> {
                    // the totals row is the one without an item: a union's rows come in no promised order
                    Object[] totals = rows.stream().filter(row -> row[0] == null).findFirst().orElseThrow();
                    List<Mismatch> mismatches = rows.stream().filter(row -> row[0] != null)
                            .map(row -> new Mismatch((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                                    (BigDecimal) row[5], (BigDecimal) row[6]))
                            .toList();
                    return new Result(((Number) totals[7]).longValue(), ((Number) totals[8]).longValue(), mismatches);
                });
    }

    /** How many balances and movements were compared, and where they disagree (nothing, in a ledger that never lies). */
    public record Result(long balances, long movements, List<Mismatch> mismatches) {
    }

    /** A place whose balance is not the sum of its movements. */
    public record Mismatch(String itemCode, String lot, String status, String location, String handlingUnit, BigDecimal sumOfMovements,
                           BigDecimal balance) {
    }
}
