package dev.wamock.scenarios;

import dev.wamock.scenarios.engine.Durations;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a scenario step does with a request: answer with a Graph error, answer with an account-number
 * state (fields overridden), or let the normal data-driven behaviour answer.
 */
public sealed interface Answer {

    /** Let the data-driven behaviour answer, as if no scenario were active. */
    record Pass() implements Answer {
    }

    /**
     * Answer with {@code error} and HTTP {@code status}; {@code name} is the catalogue name, if any;
     * {@code retryAfter} is the {@code Retry-After} header to send with it, or null for none.
     */
    record Error(String name, int status, GraphError error, RetryAfter retryAfter) implements Answer {
        /**
         * Checks the answer.
         *
         * @throws IllegalArgumentException when {@code status} is not an error status (400..599)
         */
        public Error {
            Objects.requireNonNull(error, "error");
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an error answer needs an HTTP status 400..599 but was " + status);
            }
        }

        /** An error answer without {@code Retry-After}. */
        public Error(String name, int status, GraphError error) {
            this(name, status, error, null);
        }

        /** The documented error with this name (e.g. {@code server-error}); an unknown name lists valid ones. */
        public static Error documented(String name) {
            DocumentedError d = DocumentedErrors.named(name);
            return new Error(d.name(), d.status(), d.error());
        }
    }

    /**
     * Graph-like rate limiting: requests pass (with rising {@code x-app-usage} and
     * {@code x-business-use-case-usage} percentages) until a quota is used up within the window; past
     * 100 % the documented 429 (code 4) for the app quota, or code 80007 for the business quota,
     * with {@code estimated_time_to_regain_access} counting down until the window frees. Built fluently:
     * {@code RateLimit.calls(100).per(Duration.ofHours(1)).businessCalls(50).retryAfter(true)}.
     *
     * @param appCalls      calls per window for the app (all requests)
     * @param businessCalls calls per window per WhatsApp Business Account (the numbers of one fixture
     *                      {@code waba_id} share it), or null
     * @param window        the window length on the scenario's clock
     * @param retryAfter    also send {@code Retry-After} (seconds until the window frees) on 429s
     */
    record RateLimit(int appCalls, Integer businessCalls, java.time.Duration window, boolean retryAfter) implements Answer {
        private static final java.time.Duration GRAPH_WINDOW = java.time.Duration.ofHours(1);

        /**
         * Checks the quotas and the window.
         *
         * @throws IllegalArgumentException when a quota is below 1 call or the window is not positive
         */
        public RateLimit {
            if (appCalls < 1 || (businessCalls != null && businessCalls < 1)) {
                throw new IllegalArgumentException("rate-limit quotas must be at least 1 call per window");
            }
            if (window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a positive window, e.g. 1h");
            }
        }

        /** {@code appCalls} calls per hour (Graph's window) for the app, no business quota, no {@code Retry-After}. */
        public static RateLimit calls(int appCalls) {
            return new RateLimit(appCalls, null, GRAPH_WINDOW, false);
        }

        /** The same quotas per {@code newWindow} on the scenario's clock. */
        public RateLimit per(java.time.Duration newWindow) {
            return new RateLimit(appCalls, businessCalls, newWindow, retryAfter);
        }

        /** Also a quota of {@code perAccount} calls per window for each WhatsApp Business Account (fixture {@code waba_id}). */
        public RateLimit businessCalls(int perAccount) {
            return new RateLimit(appCalls, perAccount, window, retryAfter);
        }

        /** Whether the 429s carry {@code Retry-After}: the seconds until the window frees. */
        public RateLimit retryAfter(boolean send) {
            return new RateLimit(appCalls, businessCalls, window, send);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        static RateLimit fromJson(@com.fasterxml.jackson.annotation.JsonProperty("app") Integer app,
                                  @com.fasterxml.jackson.annotation.JsonProperty("business") Integer business,
                                  @com.fasterxml.jackson.annotation.JsonProperty("window") String window,
                                  @com.fasterxml.jackson.annotation.JsonProperty("retryAfter") Boolean retryAfter) {
            if (app == null || window == null) {
                throw new IllegalArgumentException("rateLimit needs app (calls) and window, e.g. {app: 100, window: 1h}");
            }
            return new RateLimit(app, business, Durations.parse(window), Boolean.TRUE.equals(retryAfter));
        }

        @com.fasterxml.jackson.annotation.JsonValue
        Map<String, Object> toJson() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("app", appCalls);
            if (businessCalls != null) {
                out.put("business", businessCalls);
            }
            out.put("window", Durations.format(window));
            if (retryAfter) {
                out.put("retryAfter", true);
            }
            return out;
        }
    }

    /** Answer as the data-driven behaviour would, with these fields of the number overridden. */
    record State(Map<AccountField, Object> overrides) implements Answer {
        /**
         * Checks and copies the overrides, each value coerced to its field's type.
         *
         * @throws IllegalArgumentException when there is no override, one changes {@code id}, or a value does not fit
         * its field
         */
        public State {
            if (overrides == null || overrides.isEmpty()) {
                throw new IllegalArgumentException("a state answer needs at least one field to override, e.g. quality_rating: RED");
            }
            EnumMap<AccountField, Object> copy = new EnumMap<>(AccountField.class);
            overrides.forEach((field, value) -> {
                if (field == AccountField.ID) {
                    throw new IllegalArgumentException("a state answer cannot change id; bind a fixture instead");
                }
                copy.put(field, FieldValues.coerce(field, value));
            });
            overrides = Collections.unmodifiableMap(copy);
        }

        /** Overrides given by wire name ({@code quality_rating}); unknown names list the valid ones. */
        public static State ofWireNames(Map<String, ?> byWireName) {
            Map<AccountField, Object> map = new LinkedHashMap<>();
            byWireName.forEach((name, value) -> map.put(AccountField.fromWireName(name).orElseThrow(() ->
                    new IllegalArgumentException("unknown field '" + name + "'"
                            + dev.wamock.scenarios.internal.Suggestions.didYouMean(name, AccountField.wireNames())
                            + "; valid fields: " + AccountField.wireNames())), value));
            return new State(map);
        }

        /** {@code number} with the overrides applied. */
        public AccountNumber apply(AccountNumber number) {
            AccountNumber result = number;
            for (Map.Entry<AccountField, Object> e : overrides.entrySet()) {
                result = result.with(e.getKey(), e.getValue());
            }
            return result;
        }
    }
}
