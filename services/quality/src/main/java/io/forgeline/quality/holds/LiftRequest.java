package io.forgeline.quality.holds;

/** Why a hold is lifted: what cleared the suspicion. */
public record LiftRequest(String reason) {
}
