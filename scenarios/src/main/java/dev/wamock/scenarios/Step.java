package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a {@link Scenario}: <em>when</em> it applies ({@link When}, {@code times}, {@link Scope})
 * and <em>what</em> happens ({@link Answer}). Immutable; the {@code withX}/{@code for…} methods return
 * changed copies, so {@code Step.error("server-error").times(2)} reads as it runs.
 *
 * @param label an optional name shown in the journal and the progress report
 * @param times how many requests the step answers before the next step takes over; {@code null} = all
 */
public record Step(String label, When when, Integer times, Scope scope, Answer answer) {

    public Step {
        when = when == null ? When.ANY : when;
        scope = scope == null ? Scope.GLOBAL : scope;
        Objects.requireNonNull(answer, "answer");
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be at least 1 but was " + times + "; leave it out for 'every request'");
        }
    }

    @JsonCreator
    static Step fromJson(@JsonProperty("label") String label, @JsonProperty("when") When when,
                         @JsonProperty("times") Integer times, @JsonProperty("scope") Scope scope,
                         @JsonProperty("error") ErrorSpec error, @JsonProperty("state") Map<String, Object> state,
                         @JsonProperty("pass") Boolean pass) {
        int kinds = (error != null ? 1 : 0) + (state != null ? 1 : 0) + (Boolean.TRUE.equals(pass) ? 1 : 0);
        if (kinds != 1) {
            throw new IllegalArgumentException("a step needs exactly one of 'error', 'state' or 'pass: true' but had "
                    + kinds);
        }
        Answer answer = error != null ? error.resolve() : state != null ? Answer.State.ofWireNames(state) : new Answer.Pass();
        return new Step(label, when, times, scope, answer);
    }

    /** Answer with the documented error of this name, e.g. {@code server-error}, {@code rate-limited}. */
    public static Step error(String documentedName) {
        return new Step(null, null, null, null, Answer.Error.documented(documentedName));
    }

    /** Answer with the documented body of this HTTP status, with code/subcode/flags changed as in {@code spec}. */
    public static Step error(ErrorSpec spec) {
        return new Step(null, null, null, null, spec.resolve());
    }

    /** Answer with the number's data, one field overridden: {@code Step.state(QUALITY_RATING, QualityRating.RED)}. */
    public static Step state(AccountField field, Object value) {
        return new Step(null, null, null, null, new Answer.State(Map.of(field, value)));
    }

    /** Answer with the number's data, fields overridden by wire name. */
    public static Step state(Map<String, ?> byWireName) {
        return new Step(null, null, null, null, Answer.State.ofWireNames(byWireName));
    }

    /** Let the normal data-driven behaviour answer. */
    public static Step passThrough() {
        return new Step(null, null, null, null, new Answer.Pass());
    }

    public Step times(int n) {
        return new Step(label, when, n, scope, answer);
    }

    public Step label(String newLabel) {
        return new Step(newLabel, when, times, scope, answer);
    }

    public Step when(When condition) {
        return new Step(label, condition, times, scope, answer);
    }

    public Step forNumber(String numberId) {
        return when(new When(numberId, when.fields(), when.version()));
    }

    public Step forVersion(String version) {
        return when(new When(when.number(), when.fields(), version));
    }

    public Step forFields(String... wireNames) {
        return when(new When(when.number(), java.util.List.of(wireNames), when.version()));
    }

    /** Count {@code times} separately per access token ({@link Scope#TOKEN}) or per number ({@link Scope#NUMBER}). */
    public Step scope(Scope newScope) {
        return new Step(label, when, times, newScope, answer);
    }

    /** The step as files and the admin API write it; {@link #fromJson} reads it back. */
    @JsonValue
    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfPresent(out, "label", label);
        putIfPresent(out, "when", when.isAny() ? null : when);
        putIfPresent(out, "times", times);
        putIfPresent(out, "scope", scope == Scope.GLOBAL ? null : scope);
        if (answer instanceof Answer.Error e) {
            out.put("error", ErrorSpec.of(e));
        } else if (answer instanceof Answer.State st) {
            out.put("state", stateByWireName(st));
        } else {
            out.put("pass", true);
        }
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
        String what;
        if (answer instanceof Answer.Error e) {
            what = "error " + e.httpStatus() + " code " + e.error().code()
                    + (e.error().subcode() == null ? "" : "/" + e.error().subcode());
        } else if (answer instanceof Answer.State st) {
            what = "state " + stateByWireName(st);
        } else {
            what = "pass";
        }
        return (label == null ? "" : label + ": ") + what + (times == null ? "" : " ×" + times);
    }
}
