package dev.wamock.assertions;

import dev.wamock.assertions.internal.ContractFacts;
import dev.wamock.assertions.internal.Json;
import dev.wamock.assertions.internal.response.ResponseKind;
import dev.wamock.assertions.internal.response.ShouldFollowBodyRule;
import dev.wamock.assertions.internal.response.ShouldFollowResponseRule;
import dev.wamock.scenarios.DocumentedError;
import dev.wamock.scenarios.DocumentedErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import tools.jackson.databind.JsonNode;

/** Assertions on a Graph error answer; reached by {@code assertThat(response).isGraphError()}. */
public abstract class AbstractGraphErrorAssert<SELF extends AbstractGraphErrorAssert<SELF, ACTUAL>,
        ACTUAL extends GraphResponse> extends AbstractAssert<SELF, ACTUAL> {

    /** Set when a soft {@code isGraphError()} already reported that this is no Graph error. */
    boolean notAGraphErrorReported;

    /** For a concrete subclass: AssertJ's {@code (actual, selfType)} pattern. */
    protected AbstractGraphErrorAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The error's {@code code} is {@code expected}. */
    public SELF hasCode(int expected) {
        return property("code", expected);
    }

    /** The error's {@code error_subcode} is {@code expected}. */
    public SELF hasSubcode(int expected) {
        return property("error_subcode", expected);
    }

    /** The error's {@code type} is {@code expected}, e.g. {@code OAuthException}. */
    public SELF hasType(String expected) {
        return property("type", expected);
    }

    /** {@code is_transient} is true: a client may retry. */
    public SELF isTransient() {
        JsonNode error = error();
        if (error == null) {
            return myself;
        }
        JsonNode flag = error.get("is_transient");
        if (flag == null || !flag.isBoolean() || !flag.booleanValue()) {
            throwAssertionError(ShouldFollowBodyRule.shouldBeTransient(actual.body(),
                    flag == null ? "absent" : flag.toString()));
        }
        return myself;
    }

    /** {@code is_transient} is absent or false: a client must not retry as is. */
    public SELF isNotTransient() {
        JsonNode error = error();
        JsonNode flag = error == null ? null : error.get("is_transient");
        if (flag != null && flag.isBoolean() && flag.booleanValue()) {
            throwAssertionError(ShouldFollowBodyRule.shouldNotBeTransient(actual.body()));
        }
        return myself;
    }

    /** {@code fbtrace_id} is present, not the contract's example, and equal to {@code x-fb-trace-id} when sent. */
    public SELF hasFreshTraceId() {
        JsonNode error = error();
        if (error == null) {
            return myself;
        }
        JsonNode id = error.get("fbtrace_id");
        String reason = null;
        if (id == null || !id.isString() || id.asString().isBlank()) {
            reason = "fbtrace_id was absent";
        } else if (ContractFacts.exampleTraceIdsOfTheContract().contains(id.asString())) {
            reason = "fbtrace_id was the contract's example " + id.asString();
        } else if (actual.header("x-fb-trace-id").filter(h -> !h.equals(id.asString())).isPresent()) {
            reason = "fbtrace_id was " + id.asString() + " while the x-fb-trace-id header was "
                    + actual.header("x-fb-trace-id").get();
        }
        if (reason != null) {
            throwAssertionError(ShouldFollowBodyRule.freshTraceId(reason, actual.body()));
        }
        return myself;
    }

    /** HTTP status, {@code type}, {@code code} and {@code error_subcode} are as documented for {@code documented}. */
    public SELF matchesDocumented(DocumentedError documented) {
        JsonNode error = error();
        if (error == null) {
            return myself;
        }
        List<String> differences = new ArrayList<>();
        if (actual.status() != documented.status()) {
            differences.add("the status was " + actual.status());
        }
        String type = error.path("type").isString() ? error.path("type").asString() : null;
        if (!Objects.equals(type, documented.error().type())) {
            differences.add("the type was " + (type == null ? "absent" : type));
        }
        Integer code = error.path("code").isIntegralNumber() ? error.path("code").intValue() : null;
        if (!Objects.equals(code, documented.error().code())) {
            differences.add("the code was " + (code == null ? "absent" : code));
        }
        Integer subcode = error.path("error_subcode").isIntegralNumber() ? error.path("error_subcode").intValue() : null;
        if (!Objects.equals(subcode, documented.error().subcode())) {
            differences.add("the subcode was " + (subcode == null ? "none" : subcode));
        }
        if (!differences.isEmpty()) {
            throwAssertionError(ShouldFollowResponseRule.documentedError(actual, documented, differences));
        }
        return myself;
    }

    /** Like {@link #matchesDocumented(DocumentedError)}, by catalogue name: {@code "rate-limited"}, {@code "invalid-token"}. */
    public SELF matchesDocumented(String documentedName) {
        return matchesDocumented(DocumentedErrors.named(documentedName));
    }

    private SELF property(String name, Object expected) {
        JsonNode error = error();
        if (error == null) {
            return myself;
        }
        JsonNode value = error.get(name);
        if (value == null || !value.equals(Json.parseOrNull(Json.write(expected)))) {
            throwAssertionError(ShouldFollowBodyRule.errorProperty(actual.body(), name, expected, value));
        }
        return myself;
    }

    /** The error object; null (nothing left to check) when a soft navigation already reported it is none. */
    private JsonNode error() {
        isNotNull();
        String problem = ResponseKind.GRAPH_ERROR.problem(actual.status(), actual.body());
        if (problem != null && notAGraphErrorReported) {
            return null;
        }
        if (problem != null) {
            throwAssertionError(ShouldFollowResponseRule.kind(actual, ResponseKind.GRAPH_ERROR, problem));
        }
        return Json.objectOrNull(actual.body()).get("error");
    }
}
