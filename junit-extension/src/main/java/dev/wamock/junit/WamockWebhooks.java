package dev.wamock.junit;

import dev.wamock.junit.internal.webhooks.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A webhook endpoint for a test: what the client under test would be, so that a test sees what wamock delivers. Ask for
 * one as a test parameter and the extension starts it for that test (on 127.0.0.1 and a free port), points the test's
 * wamock at it with {@link #appSecret()}, and closes it after the test; or start one yourself with {@link #start()}.
 *
 * <pre>
 * &#64;Test
 * void theClientSeesItsMessageRead(WamockHandle wamock, WamockWebhooks webhooks) {
 *     String wamid = client.send(...);
 *     webhooks.awaitStatus(wamid, "read", Duration.ofSeconds(5));
 *     assertThat(webhooks.deliveries()).allMatch(ReceivedWebhook::signatureValid);
 * }
 * </pre>
 *
 * It answers 200 at once unless scripted otherwise ({@link #failNext}, {@link #answerSlowly}), checks each delivery's
 * {@code X-Hub-Signature-256} (HMAC-SHA256 of the exact body with the app secret) and answers Meta's verification
 * {@code GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…} with the challenge. Thread-safe.
 */
public final class WamockWebhooks implements AutoCloseable {
    /** The app secret the extension gives its server: a fake, for tests only. */
    public static final String DEFAULT_APP_SECRET = "fake-app-secret-1234";
    /** The verify token the receiver expects in a verification GET. */
    public static final String DEFAULT_VERIFY_TOKEN = "fake-verify-token-1234";

    private final WebhookReceiver receiver;

    private WamockWebhooks(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    /** A receiver listening now, with {@link #DEFAULT_APP_SECRET}; close it when done. */
    public static WamockWebhooks start() {
        return start(DEFAULT_APP_SECRET);
    }

    /** A receiver listening now that checks signatures against {@code appSecret}; close it when done. */
    public static WamockWebhooks start(String appSecret) {
        return new WamockWebhooks(WebhookReceiver.start(Objects.requireNonNull(appSecret, "appSecret"),
                DEFAULT_VERIFY_TOKEN));
    }

    /** Where to POST webhooks: {@code http://127.0.0.1:<port>/webhooks}. */
    public String url() {
        return receiver.url();
    }

    /** The app secret signatures are checked against. */
    public String appSecret() {
        return receiver.appSecret();
    }

    /** The token a verification GET must carry in {@code hub.verify_token}. */
    public String verifyToken() {
        return receiver.verifyToken();
    }

    /** Every delivery so far, in arrival order. */
    public List<ReceivedWebhook> deliveries() {
        return receiver.deliveries();
    }

    /** Waits until at least {@code count} deliveries arrived and returns them all; fails listing those that did. */
    public List<ReceivedWebhook> await(int count, Duration timeout) {
        return await(all -> all.size() >= count, "at least " + count + " deliveries", timeout);
    }

    /**
     * Waits for a delivery carrying status {@code status} ({@code sent}, {@code delivered}, {@code read},
     * {@code failed}) of {@code wamid}, and returns the first that did (a retried one: its first try).
     */
    public ReceivedWebhook awaitStatus(String wamid, String status, Duration timeout) {
        Predicate<ReceivedWebhook> carries = d -> d.statuses().stream()
                .anyMatch(s -> Objects.equals(wamid, s.id()) && Objects.equals(status, s.status()));
        return await(all -> all.stream().anyMatch(carries), "a \"" + status + "\" status of " + wamid, timeout)
                .stream().filter(carries).findFirst().orElseThrow();
    }

    /** Waits for a delivery carrying an inbound message from {@code waId} ({@code messages[].from}). */
    public ReceivedWebhook awaitMessageFrom(String waId, Duration timeout) {
        Predicate<ReceivedWebhook> carries = d -> d.messages().stream().anyMatch(m -> waId.equals(m.path("from").asString("")));
        return await(all -> all.stream().anyMatch(carries), "an inbound message from " + waId, timeout)
                .stream().filter(carries).findFirst().orElseThrow();
    }

    /**
     * Waits until {@code done} holds for the deliveries and returns them; when {@code timeout} passes first, fails
     * with {@code what} it waited for and every delivery that did arrive.
     */
    public List<ReceivedWebhook> await(Predicate<List<ReceivedWebhook>> done, String what, Duration timeout) {
        try {
            List<ReceivedWebhook> all = receiver.awaitUntil(done, timeout);
            if (all == null) {
                List<ReceivedWebhook> arrived = deliveries();
                throw new AssertionError("expected " + what + " at " + url() + " within " + timeout + " but "
                        + (arrived.isEmpty() ? "no delivery arrived" : arrived.size() + " arrived without it:")
                        + arrived.stream().map(d -> System.lineSeparator() + "  " + d.describe()).reduce("", String::concat)
                        + System.lineSeparator() + "Fix: check that the client's send ran and that wamock's webhook "
                        + "callback is this receiver's url() (the extension points its own server at it); the server's "
                        + "webhook deliveries say what it sent and how each was answered");
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while awaiting " + what, e);
        }
    }

    /** Answers the next {@code count} deliveries with 500, as a failing endpoint does (wamock retries them). */
    public WamockWebhooks failNext(int count) {
        return failNext(count, 500);
    }

    /** Answers the next {@code count} deliveries with {@code httpStatus}. */
    public WamockWebhooks failNext(int count, int httpStatus) {
        if (count < 0 || httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("failNext(" + count + ", " + httpStatus + "): the count must be 0 or more"
                    + " and the status an HTTP status (100-599), e.g. failNext(2, 500)");
        }
        receiver.failNext(count, httpStatus);
        return this;
    }

    /** Waits {@code delay} before answering each delivery from now on; {@code Duration.ZERO} answers at once again. */
    public WamockWebhooks answerSlowly(Duration delay) {
        receiver.answerAfter(Objects.requireNonNull(delay, "delay"));
        return this;
    }

    /** Answers 403 to a delivery whose signature does not match, as a client that checks signatures does. */
    public WamockWebhooks rejectBadSignatures() {
        receiver.rejectBadSignatures();
        return this;
    }

    /** Stops listening (the extension does it after the test). */
    @Override
    public void close() {
        receiver.close();
    }
}
