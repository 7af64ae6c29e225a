package dev.wamock.assertions;

import dev.wamock.assertions.internal.RequestRules;
import dev.wamock.assertions.internal.ShouldBeAnsweredByStep;
import dev.wamock.assertions.internal.ShouldHaveAnswer;
import dev.wamock.assertions.internal.Shapes;
import dev.wamock.assertions.internal.ShouldBeForNumber;
import dev.wamock.assertions.internal.ShouldHaveHttpStatus;
import dev.wamock.assertions.internal.ShouldHaveToken;
import dev.wamock.assertions.internal.ShouldHaveUserAgent;
import dev.wamock.assertions.internal.ShouldRequestFields;
import dev.wamock.assertions.internal.ShouldUseVersion;
import dev.wamock.assertions.internal.WamockRepresentation;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on one request the server journaled: how it was sent, how it was answered, and — through
 * {@link #response()} — what the client received.
 */
public abstract class AbstractJournalEntryAssert<SELF extends AbstractJournalEntryAssert<SELF, ACTUAL>,
        ACTUAL extends JournalEntry> extends AbstractAssert<SELF, ACTUAL> {

    Navigation navigation = Navigation.HARD;

    /** For a concrete subclass: AssertJ's {@code (actual, selfType)} pattern. */
    protected AbstractJournalEntryAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
        info.useRepresentation(WamockRepresentation.INSTANCE);
    }

    /** The token came in {@code Authorization: Bearer …}. */
    public SELF hasBearerToken() {
        isNotNull();
        String problem = RequestRules.token(actual, "header");
        if (problem != null) {
            throwAssertionError(ShouldHaveToken.request(actual, problem, "header"));
        }
        return myself;
    }

    /** The token came in the {@code access_token} query parameter. */
    public SELF hasQueryToken() {
        isNotNull();
        String problem = RequestRules.token(actual, "query");
        if (problem != null) {
            throwAssertionError(ShouldHaveToken.request(actual, problem, "query"));
        }
        return myself;
    }

    /** The path's Graph API version, e.g. {@code v23.0}. */
    public SELF usesVersion(String version) {
        isNotNull();
        String problem = RequestRules.version(actual, version);
        if (problem != null) {
            throwAssertionError(ShouldUseVersion.request(actual, problem, version));
        }
        return myself;
    }

    /** {@code ?fields=} named exactly these fields (any order). */
    public SELF requestsFields(String... wireNames) {
        isNotNull();
        List<String> fields = Shapes.fieldNames(wireNames);
        String problem = RequestRules.fields(actual, fields);
        if (problem != null) {
            throwAssertionError(ShouldRequestFields.request(actual, problem, fields));
        }
        return myself;
    }

    /** A non-blank {@code User-Agent} header. */
    public SELF hasUserAgent() {
        isNotNull();
        String problem = RequestRules.userAgent(actual);
        if (problem != null) {
            throwAssertionError(ShouldHaveUserAgent.request(actual, problem));
        }
        return myself;
    }

    /** The request was for this number ID. */
    public SELF isForNumber(String numberId) {
        isNotNull();
        if (!numberId.equals(actual.numberId())) {
            throwAssertionError(ShouldBeForNumber.of(actual, numberId));
        }
        return myself;
    }

    /** The server answered with this HTTP status (a connection fault never matches). */
    public SELF hasHttpStatus(int expected) {
        isNotNull();
        if (actual.outcome() != Outcome.RESPONSE || actual.status() != expected) {
            throwAssertionError(ShouldHaveHttpStatus.request(actual, expected));
        }
        return myself;
    }

    /**
     * The scenario step with this label, as written in the scenario, answered the request. A failure says
     * which step did (its index, description and label), or that none did.
     */
    public SELF answeredByStep(String label) {
        isNotNull();
        ErrorMessageFactory failure = ShouldBeAnsweredByStep.of(actual, label);
        if (failure != null) {
            throwAssertionError(failure);
        }
        return myself;
    }

    /** The request got a whole HTTP answer (not a reset, no response, stall or other connection fault). */
    public SELF wasAnswered() {
        isNotNull();
        if (!actual.outcome().answered()) {
            throwAssertionError(ShouldHaveAnswer.of(actual));
        }
        return myself;
    }

    /**
     * The answer the client received, as the server journaled it (status, body, headers, profile): every
     * response assertion follows, {@code conformsToSchema()} included, checked against the schema of the
     * profile that answered. Fails as {@link #wasAnswered()} does when the request got no HTTP answer; the
     * response assertions that follow then see status 0 and no body.
     */
    public final ResponseAssert response() {
        isNotNull();
        boolean answered = actual.outcome().answered();
        if (!answered) {
            myself.wasAnswered(); // through myself, so that a soft assertion collects the failure
        }
        return toAssert(answered ? GraphResponse.of(actual) : new GraphResponse(0, null, java.util.Map.of(),
                actual.fields(), actual.profile()));
    }

    /**
     * The response assert {@link #response()} leads to. AssertJ's soft assertions turn the result of a
     * method of this name into a soft assertion of the same collector, however the entry assert was reached.
     */
    protected ResponseAssert toAssert(GraphResponse answer) {
        return Navigation.describedLike(navigation.response(answer), info.description());
    }
}
