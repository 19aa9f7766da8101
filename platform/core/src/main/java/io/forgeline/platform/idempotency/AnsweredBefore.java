package io.forgeline.platform.idempotency;

/**
 * A repeat of a request that was answered before: carries the stored answer out of {@link FirstAnswers},
 * around the resource method, to {@link Replays}, which writes it exactly as it was first given.
 */
public final class AnsweredBefore extends RuntimeException {

    private final transient Answer answer;

    AnsweredBefore(Answer answer) {
        super(null, null, false, false);
        this.answer = answer;
    }

    Answer answer() {
        return answer;
    }
}
