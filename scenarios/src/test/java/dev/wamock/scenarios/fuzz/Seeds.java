package dev.wamock.scenarios.fuzz;

import java.util.List;

/** Valid scenario files, one per feature of the format, that the mutation fuzz starts from. */
final class Seeds {
    record Seed(String fileName, String text) {
    }

    static final List<Seed> ALL = List.of(
            new Seed("flaky.yaml", """
                    name: flaky
                    description: Two transient 500s, then 200s
                    steps:
                      - error: server-error
                        times: 2
                      - pass: true
                    """),
            new Seed("expired.yaml", """
                    name: expired-for-one-number
                    steps:
                      - when:
                          number: "106540352242922"
                        error:
                          name: invalid-token
                          subcode: 460
                          message: "Error validating access token: The session has been invalidated"
                    """),
            new Seed("per-client.yaml", """
                    name: rate-limit-per-client
                    cycle: true
                    steps:
                      - error: rate-limited
                        times: 2
                        scope: token
                      - pass: true
                        times: 3
                        scope: token
                    """),
            new Seed("several.yaml", """
                    scenarios:
                      - name: tier-lookups-fail
                        steps:
                          - when: { fields: [messaging_limit_tier] }
                            error: { status: 503 }
                          - pass: true
                      - name: degrading
                        steps:
                          - state: { quality_rating: YELLOW }
                            times: 1
                          - state: { quality_rating: RED, status: FLAGGED }
                    """),
            new Seed("chaos.yaml", """
                    name: flaky-network
                    steps:
                      - fault: truncated
                        delay: { uniform: [50ms, 200ms] }
                        trigger: { probability: 0.05, seed: 7 }
                      - error: { status: 503 }
                        delay: { fixed: 2s }
                        trigger: { every: 5, from: 1m, until: 5m }
                      - delay: { lognormal: { median: 80ms, sigma: 0.6, cap: 2s } }
                        slowBody: { chunks: 10, over: 2s }
                        label: slow
                    """),
            new Seed("quota.yaml", """
                    name: quota
                    steps:
                      - rateLimit: { app: 100, business: 50, window: 1h, retryAfter: true }
                        extraFields: { new_field: 1, other: [a, b] }
                    """),
            new Seed("flaky.json", """
                    {
                      "name": "flaky-json",
                      "steps": [
                        { "error": "server-error", "times": 2 },
                        { "fault": "reset", "trigger": { "every": 3 }, "scope": "number" },
                        { "pass": true }
                      ]
                    }
                    """),
            new Seed("labels.json", """
                    {"name": "wrong-labels", "cycle": true, "steps": [{"fault": "empty-200", "times": 1},
                     {"fault": "text-plain", "times": 1}, {"when": {"version": "v17.0"},
                     "error": {"name": "invalid-parameter", "message": "deprecated"}}]}
                    """));

    private Seeds() {
    }
}
