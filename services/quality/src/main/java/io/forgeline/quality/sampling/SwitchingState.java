package io.forgeline.quality.sampling;

/**
 * Where the switching rules stand for one item, supplier and defect class: the severity in force and what the
 * rules count to leave it. {@code recentOnNormal} holds the outcomes of the latest (at most five) lots on normal
 * inspection, oldest first, 'A' accepted and 'N' not; {@code score} is ISO 2859-1's switching score;
 * {@code acceptedInRow} counts consecutive accepted lots at the current severity; {@code notAcceptedOnTightened}
 * counts the lots not accepted since tightened inspection began; {@code discontinued} stops acceptance
 * inspection until a quality engineer resumes it.
 */
public record SwitchingState(Severity severity, int score, String recentOnNormal, int acceptedInRow, int notAcceptedOnTightened,
                             boolean discontinued) {

    /** Every item, supplier and defect class starts on normal inspection (ISO 2859-1 9.1, Z1.4 8.1). */
    public static final SwitchingState START = normal();

    static SwitchingState normal() {
        return new SwitchingState(Severity.NORMAL, 0, "", 0, 0, false);
    }

    static SwitchingState tightened() {
        return new SwitchingState(Severity.TIGHTENED, 0, "", 0, 0, false);
    }

    static SwitchingState reduced() {
        return new SwitchingState(Severity.REDUCED, 0, "", 0, 0, false);
    }
}
