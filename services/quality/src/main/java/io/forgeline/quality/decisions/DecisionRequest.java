package io.forgeline.quality.decisions;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * A quality engineer's usage decision: ACCEPTED, REJECTED, ACCEPTED_WITH_DEVIATION (a comment says why) or PARTIAL
 * (dispositions say what becomes of how much: RELEASE, BLOCK, SCRAP or RETURN_TO_SUPPLIER, adding up to the lot).
 * A rejection may say how the lot goes (scrap, return); it is blocked otherwise. The engineer signs it with their
 * password ({@code signature}).
 */
public record DecisionRequest(String outcome, String comment, List<Line> dispositions, Signing signature) {

    /** The decider's own password, which Keycloak checks: a decision by hand is signed. */
    public record Signing(String password) {
    }

    public record Line(String action, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String reason) {
    }
}
