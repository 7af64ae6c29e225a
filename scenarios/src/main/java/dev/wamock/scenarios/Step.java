package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a {@link Scenario}: <em>when</em> it applies ({@link When}, {@link Trigger}, {@code times},
 * {@link Scope}) × <em>what</em> happens ({@link Answer} plus the effects {@link Delay}, {@link SlowBody},
 * {@link Fault}). Immutable; the {@code withX}/{@code for…} methods return changed copies, so
 * {@code Step.error("server-error").times(2)} reads as it runs.
 *
 * @param label an optional name shown in the journal and the progress report
 * @param times how many requests the step answers before the next step takes over; {@code null} = all
 */
public record Step(String label, When when, Integer times, Scope scope, Trigger trigger, Answer answer,
                   Delay delay, SlowBody slowBody, Fault fault, Map<String, Object> extraFields) {

    /**
     * Fills the defaults (any request, {@link Scope#GLOBAL}, no extra fields) and checks the rest.
     *
     * @throws NullPointerException when {@code answer} is missing
     * @throws IllegalArgumentException when {@code times} is below 1
     */
    public Step {
        extraFields = extraFields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extraFields));
        when = when == null ? When.ANY : when;
        scope = scope == null ? Scope.GLOBAL : scope;
        Objects.requireNonNull(answer, "answer");
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be at least 1 but was " + times + "; leave it out for 'every request'");
        }
    }

    /** The keys a step may have in files and the admin API. */
    static final java.util.List<String> JSON_KEYS = java.util.List.of("delay", "error", "extraFields", "fault", "label",
            "pass", "rateLimit", "scope", "slowBody", "state", "times", "trigger", "when");

    /** A step with an answer and no effects. */
    public Step(String label, When when, Integer times, Scope scope, Answer answer) {
        this(label, when, times, scope, null, answer, null, null, null, null);
    }

    @JsonCreator
    static Step fromJson(@JsonProperty("label") String label, @JsonProperty("when") When when,
                         @JsonProperty("times") Integer times, @JsonProperty("scope") Scope scope,
                         @JsonProperty("trigger") Trigger trigger,
                         @JsonProperty("error") ErrorSpec error, @JsonProperty("state") Map<String, Object> state,
                         @JsonProperty("pass") Boolean pass, @JsonProperty("rateLimit") Answer.RateLimit rateLimit,
                         @JsonProperty("delay") Delay delay, @JsonProperty("slowBody") SlowBody slowBody,
                         @JsonProperty("fault") Fault fault,
                         @JsonProperty("extraFields") Map<String, Object> extraFields,
                         @com.fasterxml.jackson.annotation.JsonAnySetter Map<String, Object> unknown) {
        if (unknown != null && !unknown.isEmpty()) {
            String key = unknown.keySet().iterator().next();
            throw new IllegalArgumentException("unknown field '" + key + "'"
                    + dev.wamock.scenarios.internal.Suggestions.didYouMean(key, JSON_KEYS) + "; valid fields: " + JSON_KEYS);
        }
        int kinds = (error != null ? 1 : 0) + (state != null ? 1 : 0) + (Boolean.TRUE.equals(pass) ? 1 : 0)
                + (rateLimit != null ? 1 : 0);
        boolean effects = delay != null || slowBody != null || fault != null || extraFields != null;
        if (kinds > 1 || (kinds == 0 && !effects)) {
            throw new IllegalArgumentException("a step needs one of 'error', 'state', 'rateLimit' or 'pass: true'"
                    + " (or only effects: delay, slowBody, fault, extraFields) but had " + kinds);
        }
        Answer answer = error != null ? error.resolve()
                : state != null ? Answer.State.ofWireNames(state)
                : rateLimit != null ? rateLimit : new Answer.Pass();
        return new Step(label, when, times, scope, trigger, answer, delay, slowBody, fault, extraFields);
    }

    /** Answer with the documented error of this name, e.g. {@code server-error}, {@code rate-limited}. */
    public static Step error(String documentedName) {
        return of(Answer.Error.documented(documentedName));
    }

    /** Answer with the documented body of this HTTP status, with code/subcode/flags changed as in {@code spec}. */
    public static Step error(ErrorSpec spec) {
        return of(spec.resolve());
    }

    /** Answer with the number's data, one field overridden: {@code Step.state(QUALITY_RATING, QualityRating.RED)}. */
    public static Step state(AccountField field, Object value) {
        return of(new Answer.State(Map.of(field, value)));
    }

    /** Answer with the number's data, fields overridden by wire name. */
    public static Step state(Map<String, ?> byWireName) {
        return of(Answer.State.ofWireNames(byWireName));
    }

    /** Let the normal data-driven behaviour answer. */
    public static Step passThrough() {
        return of(new Answer.Pass());
    }

    /** Graph-like rate limiting (see {@link Answer.RateLimit}). */
    public static Step rateLimit(Answer.RateLimit limit) {
        return of(limit);
    }

    /** A connection fault or wrong answer on top of the data-driven answer: {@code Step.fault(Fault.RESET)}. */
    public static Step fault(Fault fault) {
        return passThrough().withFault(fault);
    }

    private static Step of(Answer answer) {
        return new Step(null, null, null, null, answer);
    }

    /** A copy that answers {@code n} requests, then lets the next step take over. */
    public Step times(int n) {
        return new Step(label, when, n, scope, trigger, answer, delay, slowBody, fault, extraFields);
    }

    /** A copy with another label, shown in the journal and the progress report. */
    public Step label(String newLabel) {
        return new Step(newLabel, when, times, scope, trigger, answer, delay, slowBody, fault, extraFields);
    }

    /** A copy that applies only to requests matching {@code condition}. */
    public Step when(When condition) {
        return new Step(label, condition, times, scope, trigger, answer, delay, slowBody, fault, extraFields);
    }

    /** A copy that applies only to requests for the number {@code numberId}. */
    public Step forNumber(String numberId) {
        return when(new When(numberId, when.fields(), when.version(), when.route()));
    }

    /** A copy that applies only to requests on this version, e.g. {@code v23.0}. */
    public Step forVersion(String version) {
        return when(new When(when.number(), when.fields(), version, when.route()));
    }

    /** A copy that applies only to requests whose {@code fields} name all of {@code wireNames}. */
    public Step forFields(String... wireNames) {
        return when(new When(when.number(), java.util.List.of(wireNames), when.version(), when.route()));
    }

    /** A copy that applies to sends ({@code POST /{Version}/{Phone-Number-ID}/messages}) instead of the endpoint. */
    public Step onSends() {
        return when(when.onRoute(When.MESSAGES_ROUTE));
    }

    /** Count {@code times} separately per access token ({@link Scope#TOKEN}) or per number ({@link Scope#NUMBER}). */
    public Step scope(Scope newScope) {
        return new Step(label, when, times, newScope, trigger, answer, delay, slowBody, fault, extraFields);
    }

    /** Fire only when {@code newTrigger} says so: every N-th, with a seeded probability, in a clock window. */
    public Step trigger(Trigger newTrigger) {
        return new Step(label, when, times, scope, newTrigger, answer, delay, slowBody, fault, extraFields);
    }

    /** A copy that waits {@code newDelay} before answering. */
    public Step withDelay(Delay newDelay) {
        return new Step(label, when, times, scope, trigger, answer, newDelay, slowBody, fault, extraFields);
    }

    /** A copy that sends its body slowly, as {@code newSlowBody} says. */
    public Step withSlowBody(SlowBody newSlowBody) {
        return new Step(label, when, times, scope, trigger, answer, delay, newSlowBody, fault, extraFields);
    }

    /** A copy whose answer is broken by {@code newFault} (a connection fault or a wrong answer). */
    public Step withFault(Fault newFault) {
        return new Step(label, when, times, scope, trigger, answer, delay, slowBody, newFault, extraFields);
    }

    /**
     * Add fields the contract does not know to 200 bodies, as when the API just added a field: a strict
     * client that rejects unknown properties breaks, a tolerant one does not.
     */
    public Step withExtraFields(Map<String, ?> fields) {
        return new Step(label, when, times, scope, trigger, answer, delay, slowBody, fault, new LinkedHashMap<>(fields));
    }

    /** The step as files and the admin API write it; {@link #fromJson} reads it back. */
    @JsonValue
    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfPresent(out, "label", label);
        putIfPresent(out, "when", when.isAny() ? null : when);
        putIfPresent(out, "times", times);
        putIfPresent(out, "scope", scope == Scope.GLOBAL ? null : scope);
        putIfPresent(out, "trigger", trigger);
        if (answer instanceof Answer.Error e) {
            out.put("error", ErrorSpec.of(e));
        } else if (answer instanceof Answer.State st) {
            out.put("state", stateByWireName(st));
        } else if (answer instanceof Answer.RateLimit r) {
            out.put("rateLimit", r);
        } else if (delay == null && slowBody == null && fault == null && extraFields.isEmpty()) {
            out.put("pass", true);
        }
        putIfPresent(out, "delay", delay);
        putIfPresent(out, "slowBody", slowBody);
        putIfPresent(out, "fault", fault);
        putIfPresent(out, "extraFields", extraFields.isEmpty() ? null : extraFields);
        return out;
    }

    private static void putIfPresent(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static Map<String, Object> stateByWireName(Answer.State state) {
        Map<String, Object> out = new LinkedHashMap<>();
        state.overrides().forEach((f, v) -> out.put(f.wireName(), v));
        return out;
    }

    /** A one-line description for the journal and progress reports. */
    public String describe() {
        StringBuilder what = new StringBuilder();
        if (answer instanceof Answer.Error e) {
            what.append("error ").append(e.status()).append(" code ").append(e.error().code())
                    .append(e.error().subcode() == null ? "" : "/" + e.error().subcode())
                    .append(e.retryAfter() == null ? "" : " + retry-after " + e.retryAfter().text());
        } else if (answer instanceof Answer.State st) {
            what.append("state ").append(stateByWireName(st));
        } else if (answer instanceof Answer.RateLimit r) {
            what.append("rate limit ").append(r.toJson());
        } else {
            what.append("pass");
        }
        if (delay != null) {
            what.append(" + delay ").append(delay.toJson());
        }
        if (slowBody != null) {
            what.append(" + slow body ").append(slowBody.toJson());
        }
        if (fault != null) {
            what.append(" + fault ").append(fault.wireName());
        }
        if (!extraFields.isEmpty()) {
            what.append(" + extra fields ").append(extraFields.keySet());
        }
        if (trigger != null) {
            what.append(" when ").append(trigger.toJson());
        }
        return (label == null ? "" : label + ": ") + what + (times == null ? "" : " ×" + times);
    }
}
