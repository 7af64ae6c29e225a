package dev.wamock.assertions;

import dev.wamock.assertions.internal.ContractFacts;
import dev.wamock.assertions.internal.journal.JournalRules;
import dev.wamock.assertions.internal.request.RequestRule;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.List;
import java.util.function.Predicate;

/**
 * Assertions on what a client sent and how it behaved, read from a server's {@link Journal}: counts,
 * the requests themselves, retries and — through {@link #backoff()} — timing. Failures print the
 * whole journal as a timeline, with the blamed requests marked. To check one call of a test that makes
 * several, assert on the part of the journal after a mark: {@code assertThat(wamock.journal().since(mark))}.
 * Transport repeats (java.net.http repeating a GET by itself after a reset or an empty reply) are part
 * of the attempt they repeat in {@link #gaveUpAfter} and {@link #backoff()}, unless
 * {@link #countingTransportRepeats()}.
 */
public abstract class AbstractJournalAssert<SELF extends AbstractJournalAssert<SELF, ACTUAL>, ACTUAL extends Journal>
        extends JournalRuleAssert<SELF, ACTUAL> {

    Navigation navigation = Navigation.HARD;
    String scope = "";

    /** For a concrete subclass: AssertJ's {@code (actual, selfType)} pattern. */
    protected AbstractJournalAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * The server received exactly {@code expected} requests (those dropped from a full journal count too,
     * and so do transport repeats: the failure marks them).
     */
    public SELF hasRequestCount(int expected) {
        return check(() -> JournalRules.requestCount(whole(), actual, attempts(), scope, expected));
    }

    /**
     * Counts each transport repeat as an attempt of the client in the assertions that follow
     * ({@link #gaveUpAfter}, {@link #backoff()}); by default one is part of the attempt it repeats, as the
     * client's code never saw the fault it repeats.
     */
    public SELF countingTransportRepeats() {
        countTransportRepeats = true;
        return myself;
    }

    /** The requests, in order, as a list assert of {@link JournalEntry}. */
    public final JournalEntriesAssert requests() {
        return entries("requests", e -> true);
    }

    /** The requests for one number ID, in order. */
    public final JournalEntriesAssert requestsFor(String numberId) {
        return entries("requests for number " + numberId, e -> numberId.equals(e.numberId()));
    }

    /** The requests answered with this HTTP status, in order. */
    public final JournalEntriesAssert requestsWithStatus(int httpStatus) {
        return entries("requests answered " + httpStatus, e -> e.status() == httpStatus);
    }

    /** The same assertions on the requests for one number only; failures still print the whole journal. */
    public final JournalAssert forNumber(String numberId) {
        Journal scoped = null;
        if (actual != null) {
            List<JournalEntry> entries = actual.forNumber(numberId);
            scoped = new Journal(entries.size(), 0, entries);
        }
        JournalAssert next = Navigation.describedLike(navigation.journal(scoped, actual == null ? null : whole(),
                " for number " + numberId), info.description());
        next.countTransportRepeats = countTransportRepeats;
        return next;
    }

    /** Every request carried its token in the {@code Authorization: Bearer} header. */
    public SELF everyRequestHasBearerToken() {
        return everyRequest(RequestRule.bearerToken());
    }

    /** Every request carried its token in the {@code access_token} query parameter. */
    public SELF everyRequestHasQueryToken() {
        return everyRequest(RequestRule.queryToken());
    }

    /** Every request named this Graph version in its path, e.g. {@code v23.0}. */
    public SELF everyRequestUsesVersion(String version) {
        return everyRequest(RequestRule.version(version));
    }

    /** Every request named exactly these fields in {@code ?fields=} (any order). */
    public SELF everyRequestRequestsFields(String... wireNames) {
        return everyRequest(RequestRule.fields(ContractFacts.fieldNames(wireNames)));
    }

    /** Every request sent a non-blank {@code User-Agent} header. */
    public SELF everyRequestHasUserAgent() {
        return everyRequest(RequestRule.userAgent());
    }

    /**
     * No request repeats the request just before it for the same number (same version, fields and token)
     * when that one got a permanent error (400, 401, 403, 404, 422, …). Retrying 5xx, 429,
     * {@code is_transient: true} answers and connection faults is fine. {@code is_transient: true} wins over
     * the status: a 400 carrying it (how {@code graph-observed} sends rate limits) may be retried; without
     * it the status decides, and {@code is_transient: false} does not make a 5xx permanent.
     */
    public SELF retriedOnlyTransientErrors() {
        return check(() -> JournalRules.retriedOnlyTransientErrors(whole(), actual));
    }

    /** No request repeats one answered with this HTTP status. */
    public SELF didNotRetryAfter(int httpStatus) {
        return check(() -> JournalRules.didNotRetryAfterStatus(whole(), actual, httpStatus));
    }

    /** No request repeats one answered with this Graph error code. */
    public SELF didNotRetryAfterCode(int graphCode) {
        return check(() -> JournalRules.didNotRetryAfterCode(whole(), actual, graphCode));
    }

    /**
     * For each number, exactly {@code attempts} attempts and the last one failed: the client gave up. A
     * transport repeat is part of the attempt it repeats unless {@link #countingTransportRepeats()}.
     */
    public SELF gaveUpAfter(int attempts) {
        return check(() -> JournalRules.gaveUpAfter(whole(), attempts(), attempts));
    }

    /** For each number, the last request got a 2xx answer. */
    public SELF eventuallySucceeded() {
        return check(() -> JournalRules.eventuallySucceeded(whole(), actual));
    }

    /** At most {@code max} requests were in flight at once (received and not yet answered). */
    public SELF maxConcurrency(int max) {
        return check(() -> JournalRules.maxConcurrency(whole(), actual, max));
    }

    /** Assertions on the waits between a failed answer and the next request for the same number. */
    public final BackoffAssert backoff() {
        BackoffAssert next = Navigation.describedLike(navigation.next(BackoffAssert.class, Journal.class, actual,
                () -> new BackoffAssert(actual)), info.description());
        next.whole = actual == null ? null : whole();
        next.countTransportRepeats = countTransportRepeats;
        return next;
    }

    /**
     * The messages the client sent ({@code POST /{Version}/{Phone-Number-ID}/messages} with a JSON body), in order:
     * narrow them ({@code .to(waId).withTemplate("…")}) and check them; failures print the whole journal.
     */
    public final SentMessagesAssert sentMessages() {
        List<SentMessage> sent = actual == null ? null : SentMessage.in(actual);
        SentMessagesAssert next = navigation.next(SentMessagesAssert.class, List.class, sent,
                () -> new SentMessagesAssert(sent));
        next.navigation = navigation;
        next.all = actual == null ? List.of() : SentMessage.in(whole());
        next.whole = actual == null ? Journal.empty() : whole();
        next.scope = "messages" + scope;
        return Navigation.describedLike(next, info.description());
    }

    /** A list assert of the requests {@code filter} keeps, described as {@code what} unless this assert has a description. */
    private JournalEntriesAssert entries(String what, Predicate<JournalEntry> filter) {
        List<JournalEntry> entries = actual == null ? null : actual.where(filter);
        JournalEntriesAssert next = navigation.next(JournalEntriesAssert.class, List.class, entries,
                () -> new JournalEntriesAssert(entries));
        boolean described = info.description() != null && !info.descriptionText().isEmpty();
        return described ? Navigation.describedLike(next, info.description()) : next.as(what.replace("%", "%%"));
    }

    private SELF everyRequest(RequestRule rule) {
        return check(() -> rule.checkEvery(whole(), actual));
    }
}
