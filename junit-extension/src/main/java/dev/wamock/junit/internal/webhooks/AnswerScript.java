package dev.wamock.junit.internal.webhooks;

import java.time.Duration;

/**
 * How the receiver answers the next deliveries: the next {@code failures} with {@code failStatus}, every one after
 * {@code delay}, and a bad signature with 403 when {@code checkSignatures}. Immutable; the receiver swaps it. Internal.
 */
record AnswerScript(int failures, int failStatus, Duration delay, boolean checkSignatures) {
    static final AnswerScript NORMAL = new AnswerScript(0, 500, Duration.ZERO, false);

    AnswerScript failing(int count, int status) {
        return new AnswerScript(count, status, delay, checkSignatures);
    }

    AnswerScript slow(Duration newDelay) {
        return new AnswerScript(failures, failStatus, newDelay, checkSignatures);
    }

    AnswerScript checkingSignatures() {
        return new AnswerScript(failures, failStatus, delay, true);
    }

    /** The status for a delivery, and the script for the next one. */
    int statusFor(boolean signatureValid) {
        if (checkSignatures && !signatureValid) {
            return 403;
        }
        return failures > 0 ? failStatus : 200;
    }

    AnswerScript afterOne() {
        return failures > 0 ? failing(failures - 1, failStatus) : this;
    }
}
