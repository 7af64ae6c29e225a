package dev.wamock.scenarios;

import java.util.List;

/**
 * The multi-step built-ins (tag {@value BuiltInScenarios#STORIES}, group 09 of the magic numbers): what real clients
 * meet in production, told as steps (errors then success, a token that expires, a quality that degrades).
 */
final class MultiStepScenarios {
    private MultiStepScenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                Scenario.named("transient-then-ok")
                        .describedAs("Two 500s (code 2, is_transient) then 200s: a client that retries transient errors succeeds")
                        .then(Step.error("server-error").times(2))
                        .then(Step.passThrough())
                        .build(),
                Scenario.named("rate-limited-then-ok")
                        .describedAs("Two 429s (code 4, subcode 2446079, is_transient) then 200s:"
                                + " a client that backs off succeeds on its third attempt")
                        .then(Step.error("rate-limited").times(2))
                        .then(Step.passThrough())
                        .build(),
                Scenario.named("token-expires-mid-run")
                        .describedAs("Three 200s, then 401 (code 190, subcode 463) for good: the token expired; retrying cannot help")
                        .then(Step.passThrough().times(3))
                        .then(Step.error("expired-token"))
                        .build(),
                Scenario.named("quality-degrades")
                        .describedAs("quality_rating GREEN, then YELLOW, then RED from the third request on")
                        .then(Step.state(AccountField.QUALITY_RATING, "GREEN").times(1))
                        .then(Step.state(AccountField.QUALITY_RATING, "YELLOW").times(1))
                        .then(Step.state(AccountField.QUALITY_RATING, "RED"))
                        .build(),
                Scenario.named("number-gets-flagged")
                        .describedAs("Two requests see CONNECTED/GREEN, then the number is FLAGGED with quality RED")
                        .then(Step.state(java.util.Map.of("status", "CONNECTED", "quality_rating", "GREEN")).times(2))
                        .then(Step.state(java.util.Map.of("status", "FLAGGED", "quality_rating", "RED")))
                        .build());
    }
}
