package dev.wamock.assertions;

import dev.wamock.assertions.internal.ContractFacts;
import dev.wamock.assertions.internal.Json;
import dev.wamock.assertions.internal.response.ResponseKind;
import dev.wamock.assertions.internal.response.ShouldConformToSchema;
import dev.wamock.assertions.internal.response.ShouldFollowResponseRule;
import dev.wamock.scenarios.Contract;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import tools.jackson.databind.JsonNode;

/**
 * Assertions on one answer of {@code GET /{Version}/{WhatsApp-Account-Number-ID}}: its status, its
 * conformance to the contract, and — through {@link #isAccountNumber()} / {@link #isGraphError()} —
 * its content.
 */
public abstract class AbstractResponseAssert<SELF extends AbstractResponseAssert<SELF, ACTUAL>, ACTUAL extends GraphResponse>
        extends AbstractAssert<SELF, ACTUAL> {

    Navigation navigation = Navigation.HARD;

    /** For a concrete subclass: AssertJ's {@code (actual, selfType)} pattern. */
    protected AbstractResponseAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The answer has this HTTP status. */
    public SELF hasHttpStatus(int expected) {
        isNotNull();
        if (actual.status() != expected) {
            throwAssertionError(ShouldFollowResponseRule.httpStatus(actual, actual.status(), expected));
        }
        return myself;
    }

    /**
     * The body conforms to the contract: {@code WhatsAppAccountNumber} for a 2xx, {@code GraphAPIError}
     * otherwise; for an answer of the {@code graph-observed} profile ({@link GraphResponse#profile()}, set
     * for you on a journaled answer) {@code ObservedWhatsAppAccountNumber} and {@code ObservedGraphAPIError}.
     * A failure names each JSON pointer and the rule it breaks. When the request selected fields
     * ({@link GraphResponse#requestedFields()}), required properties it did not select may be absent: the
     * contract's {@code required} describes the default answer.
     */
    public SELF conformsToSchema() {
        isNotNull();
        String schema = ResponseKind.forStatus(actual.status()).schema(actual.profile());
        JsonNode body = Json.parseOrNull(actual.body());
        if (body == null) {
            throwAssertionError(ShouldConformToSchema.notJson(actual.status(), actual.body(), schema));
        }
        List<String> violations = ContractFacts.allowUnselected(Contract.get().violations(schema, body),
                ResponseKind.isSuccess(actual.status()) ? actual.requestedFields() : null);
        if (!violations.isEmpty()) {
            throwAssertionError(ShouldConformToSchema.violations(actual.status(), actual.body(), schema, violations));
        }
        return myself;
    }

    /** The answer is account number details (2xx, JSON object); typed assertions on its fields follow. */
    public final AccountNumberAssert isAccountNumber() {
        AccountNumberAssert next = Navigation.describedLike(navigation.next(AccountNumberAssert.class,
                GraphResponse.class, actual, () -> new AccountNumberAssert(actual)), info.description());
        String problem = actual == null ? "it was null"
                : ResponseKind.ACCOUNT_NUMBER.problem(actual.status(), actual.body());
        if (problem != null) {
            next.notAnAccountNumberReported = true;
            navigation.fail(assertionError(ShouldFollowResponseRule.kind(actual, ResponseKind.ACCOUNT_NUMBER,
                    problem)));
        }
        return next;
    }

    /** The answer is a Graph error (4xx/5xx with {@code {"error": {…}}}); assertions on the error follow. */
    public final GraphErrorAssert isGraphError() {
        GraphErrorAssert next = Navigation.describedLike(navigation.next(GraphErrorAssert.class,
                GraphResponse.class, actual, () -> new GraphErrorAssert(actual)), info.description());
        String problem = actual == null ? "it was null"
                : ResponseKind.GRAPH_ERROR.problem(actual.status(), actual.body());
        if (problem != null) {
            next.notAGraphErrorReported = true;
            navigation.fail(assertionError(ShouldFollowResponseRule.kind(actual, ResponseKind.GRAPH_ERROR, problem)));
        }
        return next;
    }
}
