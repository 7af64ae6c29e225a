package dev.wamock.server;

import dev.wamock.scenarios.WebhookChaos;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where and how a {@link WamockServer} delivers webhooks (docs/webhooks.md). Immutable; start from {@link #to(String)}
 * or {@link #none()}. Every delay and retry wait runs on the session's scenario clock. {@link #toString()} shows the
 * app secret and the verify token as {@code ***}.
 *
 * @param callbackUrl    the client's webhook endpoint (http or https), or null: no webhooks are POSTed
 * @param appSecret      the key of the {@code X-Hub-Signature-256} HMAC; null sends no signature header
 * @param verifyToken    the {@code hub.verify_token} of the verification handshake, or null
 * @param sentAfter      from the send's answer to its {@code sent} status (null for the defaults named below)
 * @param deliveredAfter from the send's answer to its {@code delivered} (or {@code failed}) status
 * @param readAfter      from the send's answer to its {@code read} status
 * @param retries        the waits before each retry of a delivery the receiver did not take; its length is the
 *                       number of retries
 * @param maxPending     deliveries a session may have waiting (queued, in flight or waiting for their turn); a
 *                       send or inbound message beyond it gets no webhooks (counted as overflowed); 0 for the
 *                       default, {@value #DEFAULT_MAX_PENDING}
 * @param attemptTimeout connect and read timeout of one attempt
 * @param chaos          the chaos of every session (a session may set its own)
 */
public record WebhookOptions(URI callbackUrl, String appSecret, String verifyToken, Duration sentAfter,
                             Duration deliveredAfter, Duration readAfter, List<Duration> retries, int maxPending,
                             Duration attemptTimeout, WebhookChaos chaos) {
    /**
     * Meta retries "with decreasing frequency … for up to 7 days" without publishing the waits; these are chosen:
     * 10 s, 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, then 24 h six times (13 retries, 6 days 20 h 36 min 10 s in all).
     */
    public static final List<Duration> DEFAULT_RETRIES = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12),
            Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1),
            Duration.ofDays(1));
    /** Pending deliveries a session may have by default. */
    public static final int DEFAULT_MAX_PENDING = 1_000;

    /**
     * Fills the defaults (sent at once, delivered after 1 s, read after 3 s, {@link #DEFAULT_RETRIES}, 1 000 pending, 5 s
     * per attempt, no chaos) and checks the rest.
     *
     * @throws IllegalArgumentException for a callback that is not an absolute http(s) URL, a blank secret or token, a
     *                                  negative wait, or maxPending below 1
     */
    public WebhookOptions {
        if (callbackUrl != null && (!("http".equals(callbackUrl.getScheme()) || "https".equals(callbackUrl.getScheme()))
                || callbackUrl.getHost() == null)) {
            throw new IllegalArgumentException("the webhook callback must be an http or https URL like"
                    + " http://127.0.0.1:9000/webhook but was '" + callbackUrl + "'");
        }
        if (appSecret != null && appSecret.isBlank()) {
            throw new IllegalArgumentException("appSecret must not be blank; leave it null to send no signature");
        }
        if (verifyToken != null && verifyToken.isBlank()) {
            throw new IllegalArgumentException("verifyToken must not be blank; leave it null for no handshake");
        }
        sentAfter = notNegative("sentAfter", sentAfter == null ? Duration.ZERO : sentAfter);
        deliveredAfter = notNegative("deliveredAfter", deliveredAfter == null ? Duration.ofSeconds(1) : deliveredAfter);
        readAfter = notNegative("readAfter", readAfter == null ? Duration.ofSeconds(3) : readAfter);
        retries = retries == null ? DEFAULT_RETRIES : List.copyOf(retries);
        retries.forEach(d -> notNegative("a retry wait", d));
        maxPending = maxPending == 0 ? DEFAULT_MAX_PENDING : maxPending;
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending must be at least 1 but was " + maxPending);
        }
        attemptTimeout = attemptTimeout == null ? Duration.ofSeconds(5) : attemptTimeout;
        if (attemptTimeout.isNegative() || attemptTimeout.isZero()) {
            throw new IllegalArgumentException("attemptTimeout must be positive but was " + attemptTimeout);
        }
        chaos = chaos == null ? WebhookChaos.none() : chaos;
    }

    private static Duration notNegative(String name, Duration d) {
        if (Objects.requireNonNull(d, name).isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative but was " + d);
        }
        return d;
    }

    /** No callback: nothing is POSTed (inbound messages still open the 24-hour window). */
    public static WebhookOptions none() {
        return new WebhookOptions(null, null, null, null, null, null, null, 0, null, null);
    }

    /**
     * Webhooks to {@code callbackUrl} with the defaults.
     *
     * @throws IllegalArgumentException when it is not an http(s) URL
     */
    public static WebhookOptions to(String callbackUrl) {
        return none().withCallbackUrl(callbackUrl);
    }

    /** A copy that POSTs to {@code url} (null: nowhere). */
    public WebhookOptions withCallbackUrl(String url) {
        URI uri;
        try {
            uri = url == null ? null : new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("the webhook callback must be a URL like http://127.0.0.1:9000/webhook: "
                    + e.getMessage());
        }
        return new WebhookOptions(uri, appSecret, verifyToken, sentAfter, deliveredAfter, readAfter, retries,
                maxPending, attemptTimeout, chaos);
    }

    /** A copy with where, how signed and with which verify token ({@link ServerOptions} holds these three). */
    WebhookOptions withTarget(URI url, String secret, String token) {
        return new WebhookOptions(url, secret, token, sentAfter, deliveredAfter, readAfter, retries, maxPending,
                attemptTimeout, chaos);
    }

    /** A copy that signs with {@code secret}. */
    public WebhookOptions withAppSecret(String secret) {
        return new WebhookOptions(callbackUrl, secret, verifyToken, sentAfter, deliveredAfter, readAfter, retries,
                maxPending, attemptTimeout, chaos);
    }

    /** A copy whose handshake sends {@code token}. */
    public WebhookOptions withVerifyToken(String token) {
        return new WebhookOptions(callbackUrl, appSecret, token, sentAfter, deliveredAfter, readAfter, retries,
                maxPending, attemptTimeout, chaos);
    }

    /** A copy with these status delays (from the send's answer, on the scenario clock). */
    public WebhookOptions withStatusDelays(Duration sent, Duration delivered, Duration read) {
        return new WebhookOptions(callbackUrl, appSecret, verifyToken, sent, delivered, read, retries, maxPending,
                attemptTimeout, chaos);
    }

    /** A copy with these retry waits (their count is the number of retries). */
    public WebhookOptions withRetries(List<Duration> waits) {
        return new WebhookOptions(callbackUrl, appSecret, verifyToken, sentAfter, deliveredAfter, readAfter, waits,
                maxPending, attemptTimeout, chaos);
    }

    /** A copy that keeps at most {@code max} deliveries pending per session. */
    public WebhookOptions withMaxPending(int max) {
        return new WebhookOptions(callbackUrl, appSecret, verifyToken, sentAfter, deliveredAfter, readAfter, retries,
                max, attemptTimeout, chaos);
    }

    /** A copy whose attempts give up after {@code timeout} (connect, then answer). */
    public WebhookOptions withAttemptTimeout(Duration timeout) {
        return new WebhookOptions(callbackUrl, appSecret, verifyToken, sentAfter, deliveredAfter, readAfter, retries,
                maxPending, timeout, chaos);
    }

    /** A copy with this chaos for every session. */
    public WebhookOptions withChaos(WebhookChaos value) {
        return new WebhookOptions(callbackUrl, appSecret, verifyToken, sentAfter, deliveredAfter, readAfter, retries,
                maxPending, attemptTimeout, value);
    }

    /** The options with the app secret and the verify token shown as {@code ***}. */
    @Override
    public String toString() {
        return "WebhookOptions[callbackUrl=" + callbackUrl + ", appSecret=" + (appSecret == null ? null : "***")
                + ", verifyToken=" + (verifyToken == null ? null : "***") + ", sentAfter=" + sentAfter
                + ", deliveredAfter=" + deliveredAfter + ", readAfter=" + readAfter + ", retries=" + retries
                + ", maxPending=" + maxPending + ", attemptTimeout=" + attemptTimeout + ", chaos=" + chaos + "]";
    }
}
