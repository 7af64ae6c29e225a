package dev.wamock.assertions;

import dev.wamock.assertions.internal.ContractFacts;
import dev.wamock.assertions.internal.journal.WamockRepresentation;
import dev.wamock.assertions.internal.request.RequestRule;
import dev.wamock.scenarios.JournalEntry;

/**
 * Assertions on one request the server journaled: how it was sent, how it was answered, and — through
 * {@link #response()} — what the client received.
 */
public abstract class AbstractJournalEntryAssert<SELF extends AbstractJournalEntryAssert<SELF, ACTUAL>,
        ACTUAL extends JournalEntry> extends RuleAssert<SELF, ACTUAL> {

    Navigation navigation = Navigation.HARD;

    /** For a concrete subclass: AssertJ's {@code (actual, selfType)} pattern. */
    protected AbstractJournalEntryAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
        info.useRepresentation(WamockRepresentation.INSTANCE);
    }

    /** The token came in {@code Authorization: Bearer …}. */
    public SELF hasBearerToken() {
        return check(RequestRule.bearerToken());
    }

    /** The token came in the {@code access_token} query parameter. */
    public SELF hasQueryToken() {
        return check(RequestRule.queryToken());
    }

    /** The path's Graph API version, e.g. {@code v23.0}. */
    public SELF usesVersion(String version) {
        return check(RequestRule.version(version));
    }

    /** {@code ?fields=} named exactly these fields (any order). */
    public SELF requestsFields(String... wireNames) {
        isNotNull();
        return check(RequestRule.fields(ContractFacts.fieldNames(wireNames)));
    }

    /** A non-blank {@code User-Agent} header. */
    public SELF hasUserAgent() {
        return check(RequestRule.userAgent());
    }

    /** The request was for this number ID. */
    public SELF isForNumber(String numberId) {
        return check(RequestRule.forNumber(numberId));
    }

    /** The server answered with this HTTP status (a connection fault never matches). */
    public SELF hasHttpStatus(int expected) {
        return check(RequestRule.httpStatus(expected));
    }

    /**
     * The scenario step with this label, as written in the scenario, answered the request. A failure says
     * which step did (its index, description and label), or that none did.
     */
    public SELF answeredByStep(String label) {
        return check(RequestRule.answeredByStep(label));
    }

    /** The request got a whole HTTP answer (not a reset, no response, stall or other connection fault). */
    public SELF wasAnswered() {
        return check(RequestRule.answered());
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

    private SELF check(RequestRule rule) {
        return check(() -> rule.check(actual));
    }
}
