package dev.wamock.assertions;

import dev.wamock.assertions.internal.ContractFacts;
import dev.wamock.assertions.internal.Json;
import dev.wamock.assertions.internal.response.ResponseKind;
import dev.wamock.assertions.internal.response.ShouldFollowBodyRule;
import dev.wamock.assertions.internal.response.ShouldFollowResponseRule;
import dev.wamock.assertions.internal.response.ShouldHaveOnlyFields;
import dev.wamock.scenarios.AccountMode;
import dev.wamock.scenarios.CodeVerificationStatus;
import dev.wamock.scenarios.MessagingLimitTier;
import dev.wamock.scenarios.NameStatus;
import dev.wamock.scenarios.NumberStatus;
import dev.wamock.scenarios.QualityRating;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import tools.jackson.databind.JsonNode;

/** Typed assertions on account number details; reached by {@code assertThat(response).isAccountNumber()}. */
public abstract class AbstractAccountNumberAssert<SELF extends AbstractAccountNumberAssert<SELF, ACTUAL>,
        ACTUAL extends GraphResponse> extends AbstractAssert<SELF, ACTUAL> {

    /** Set when a soft {@code isAccountNumber()} already reported that this is no account number. */
    boolean notAnAccountNumberReported;

    /** For a concrete subclass: AssertJ's {@code (actual, selfType)} pattern. */
    protected AbstractAccountNumberAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** {@code id} is {@code expected}. */
    public SELF hasId(String expected) {
        return field("id", expected);
    }

    /** {@code status} is {@code expected}. */
    public SELF hasStatus(NumberStatus expected) {
        return field("status", expected);
    }

    /** {@code quality_rating} is {@code expected}. */
    public SELF hasQualityRating(QualityRating expected) {
        return field("quality_rating", expected);
    }

    /** {@code messaging_limit_tier} is {@code expected}. */
    public SELF hasMessagingLimitTier(MessagingLimitTier expected) {
        return field("messaging_limit_tier", expected);
    }

    /** {@code name_status} is {@code expected}. */
    public SELF hasNameStatus(NameStatus expected) {
        return field("name_status", expected);
    }

    /** {@code code_verification_status} is {@code expected}. */
    public SELF hasCodeVerificationStatus(CodeVerificationStatus expected) {
        return field("code_verification_status", expected);
    }

    /** {@code account_mode} is {@code expected}. */
    public SELF hasAccountMode(AccountMode expected) {
        return field("account_mode", expected);
    }

    /** The field of this wire name has this value: typed ({@code QualityRating.RED}, {@code true}) or as text. */
    public SELF hasField(String wireName, Object expected) {
        return field(ContractFacts.fieldNames(wireName).get(0), expected);
    }

    /** The body has exactly these fields (wire names, any order). */
    public SELF hasOnlyFields(String... wireNames) {
        List<String> expected = ContractFacts.fieldNames(wireNames);
        JsonNode body = body();
        if (body == null) {
            return myself;
        }
        List<String> present = List.copyOf(body.propertyNames());
        if (!(present.containsAll(expected) && expected.containsAll(present))) {
            throwAssertionError(ShouldHaveOnlyFields.of(expected, present));
        }
        return myself;
    }

    private SELF field(String name, Object expected) {
        JsonNode body = body();
        if (body == null) {
            return myself;
        }
        JsonNode value = body.get(name);
        if (value == null || !matches(value, expected)) {
            throwAssertionError(ShouldFollowBodyRule.accountNumberField(actual.body(), name, expected, value));
        }
        return myself;
    }

    private static boolean matches(JsonNode value, Object expected) {
        if (expected instanceof String text && value.isValueNode()) {
            return text.equals(value.asString());
        }
        return value.equals(Json.parseOrNull(Json.write(expected)));
    }

    /** The body; null (nothing left to check) when a soft navigation already reported it is none. */
    private JsonNode body() {
        isNotNull();
        String problem = ResponseKind.ACCOUNT_NUMBER.problem(actual.status(), actual.body());
        if (problem != null && notAnAccountNumberReported) {
            return null;
        }
        if (problem != null) {
            throwAssertionError(ShouldFollowResponseRule.kind(actual, ResponseKind.ACCOUNT_NUMBER, problem));
        }
        return Json.objectOrNull(actual.body());
    }
}
