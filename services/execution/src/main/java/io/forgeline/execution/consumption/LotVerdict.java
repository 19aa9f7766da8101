package io.forgeline.execution.consumption;

import io.forgeline.contracts.warehouse.v1.LotBalance;
import io.forgeline.platform.problem.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether a lot may be consumed, judged on warehouse's balances of it less what this floor consumed and warehouse has
 * not issued yet ({@code pending}). Only released stock that has not expired counts; warehouse issues from the work
 * center's staging bins first, so the pending consumptions are counted against staged stock first. Every refusal is a
 * 422 on the scan, in the operator's words.
 */
final class LotVerdict {

    private LotVerdict() {
    }

    /** How much may be consumed, and whether some of it comes from outside the work center's staging. */
    record Allowed(BigDecimal quantity, String unit, boolean unstaged) {
    }

    /**
     * @param balances the lot's balances of this item (of the scanned handling unit only, when one was scanned)
     * @param asked    how much the operator consumes; empty: everything released (a handling unit scanned whole)
     */
    static Allowed judge(String itemCode, String lot, List<LotBalance> balances, BigDecimal pending, Optional<BigDecimal> asked,
            boolean requiresStaging, String workCenterCode, LocalDate today) {
        String what = "lot " + lot + " of " + itemCode;
        List<LotBalance> released = balances.stream().filter(b -> b.getStatus().equals("AVAILABLE")).toList();
        List<LotBalance> usable = released.stream().filter(b -> !expired(b, today)).toList();
        if (usable.isEmpty()) {
            throw new RuleViolation("/scan", what + " " + whyNot(balances, released, today));
        }
        String unit = usable.get(0).getQuantity().getUnit();
        BigDecimal staged = sum(usable.stream().filter(LotBalance::getStaged).toList());
        BigDecimal all = sum(usable);
        BigDecimal stagedLeft = staged.subtract(pending).max(BigDecimal.ZERO);
        BigDecimal left = all.subtract(pending).max(BigDecimal.ZERO);
        BigDecimal wanted = asked.orElse(left);
        String waiting = pending.signum() > 0 ? " (" + plain(pending) + " of it consumed by scans warehouse has not booked yet)" : "";
        if (wanted.signum() == 0 || wanted.compareTo(left) > 0) {
            throw new RuleViolation("/quantity", what + " has " + plain(left) + " " + unit + " released" + waiting
                    + (asked.isPresent() ? "; " + plain(wanted) + " " + unit + " asked" : ""));
        }
        if (requiresStaging && wanted.compareTo(stagedLeft) > 0) {
            throw new RuleViolation("/scan", what + " is not staged at " + workCenterCode + " (" + plain(stagedLeft) + " " + unit
                    + " there" + waiting + "): " + workCenterCode + " takes only staged material, have it staged first");
        }
        return new Allowed(wanted, unit, wanted.compareTo(stagedLeft) > 0);
    }

    private static String whyNot(List<LotBalance> balances, List<LotBalance> released, LocalDate today) {
        if (!released.isEmpty()) {
            return "expired on " + released.stream().map(LotBalance::getExpiresOn).max(String::compareTo).orElse("") + ": it may not be used";
        }
        Optional<LotBalance> held = balances.stream().filter(b -> !b.getHold().isEmpty()).findFirst();
        if (held.isPresent()) {
            return "is held by " + held.get().getHold() + ": quality must lift the hold first";
        }
        if (balances.stream().anyMatch(b -> b.getStatus().equals("QUARANTINE"))) {
            return "is in quarantine: quality has not released it yet";
        }
        if (balances.stream().anyMatch(b -> b.getStatus().equals("BLOCKED"))) {
            return "is blocked: quality rejected it";
        }
        return "is not in stock";
    }

    private static boolean expired(LotBalance balance, LocalDate today) {
        return !balance.getExpiresOn().isEmpty() && LocalDate.parse(balance.getExpiresOn()).isBefore(today);
    }

    private static BigDecimal sum(List<LotBalance> balances) {
        return balances.stream().map(b -> new BigDecimal(b.getQuantity().getAmount())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
