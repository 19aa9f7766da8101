package io.forgeline.execution.progress;

import io.forgeline.execution.dispatch.Quantities;
import io.forgeline.execution.reasons.ReasonCodes;
import io.forgeline.platform.problem.FieldChecks;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * What a partial report or a completion says an operation made: good pieces, scrap with its SCRAP reason and rework
 * with its REWORK reason. A reason given for no pieces is not kept: the terminal may still show the last one chosen.
 */
interface ReportedPieces {

    BigDecimal goodQuantity();

    BigDecimal scrapQuantity();

    String scrapReasonCode();

    BigDecimal reworkQuantity();

    String reworkReasonCode();

    default Quantities pieces() {
        return new Quantities(goodQuantity(), scrapQuantity(), reworkQuantity());
    }

    /** The reason code the scrap needs; empty when nothing was scrapped or no reason was given. */
    default Optional<String> scrapReason() {
        return reasonFor(scrapQuantity(), scrapReasonCode());
    }

    default Optional<String> reworkReason() {
        return reasonFor(reworkQuantity(), reworkReasonCode());
    }

    /** Canonical form for Idempotency-Key checks: "5" and "5.0" are the same request, and so are "break" and "BREAK". */
    default String fingerprint(UUID orderId, int sequence) {
        String good = orderId + "|" + sequence + "|" + plain(goodQuantity());
        Quantities pieces = pieces();
        if (pieces.scrap().signum() == 0 && pieces.rework().signum() == 0) {
            return good; // what a completion with its good quantity alone always was
        }
        return good + "|" + plain(pieces.scrap()) + "|" + scrapReason().orElse("") + "|" + plain(pieces.rework()) + "|"
                + reworkReason().orElse("");
    }

    private static Optional<String> reasonFor(BigDecimal quantity, String code) {
        if (quantity == null || quantity.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(FieldChecks.blankIsNull(code)).map(ReasonCodes::normalised);
    }

    private static String plain(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }
}
