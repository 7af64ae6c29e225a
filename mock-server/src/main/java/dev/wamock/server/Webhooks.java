package dev.wamock.server;

import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.server.internal.webhooks.Handshakes;
import dev.wamock.server.internal.webhooks.SessionWebhooks;
import dev.wamock.server.internal.webhooks.WebhookHub;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The webhooks of one session of a {@link WamockServer} ({@link WamockServer#webhooks()}): every attempt to deliver
 * one, the session's chaos and callback, and the verification handshake. docs/webhooks.md describes them.
 */
public final class Webhooks {
    private final WebhookHub hub;
    private final SessionWebhooks session;

    Webhooks(WebhookHub hub, SessionWebhooks session) {
        this.hub = hub;
        this.session = session;
    }

    /**
     * How the verification handshake went.
     *
     * @param passed    whether the callback answered 200 with exactly the challenge
     * @param reason    what happened, or what to fix
     * @param status    the callback's HTTP status, or 0 when there was none
     * @param challenge the {@code hub.challenge} sent, or null when none was sent
     * @param callback  the callback URL asked (without the query wamock added), or null
     */
    public record Handshake(boolean passed, String reason, int status, String challenge, String callback) {
    }

    /** Every attempt so far (the last 10 000), oldest first; a retried delivery has one entry per try. */
    public List<WebhookDelivery> deliveries() {
        return session.deliveries().all();
    }

    /**
     * Waits (real time, at most {@code timeout}) until at least {@code count} attempts were made, and returns them all.
     *
     * @throws AssertionError listing the attempts made when the time runs out
     */
    public List<WebhookDelivery> awaitDeliveries(int count, Duration timeout) {
        return await(d -> d.size() >= count, timeout, "at least " + count + " webhook attempt(s)");
    }

    /**
     * Waits (real time, at most {@code timeout}) until {@code done} holds for the attempts so far, and returns them.
     *
     * @throws AssertionError naming {@code what} and listing the attempts made when the time runs out
     */
    public List<WebhookDelivery> await(Predicate<List<WebhookDelivery>> done, Duration timeout, String what) {
        try {
            List<WebhookDelivery> got = session.deliveries().await(done, timeout);
            if (got == null) {
                List<WebhookDelivery> seen = session.deliveries().all();
                throw new AssertionError("expected " + what + " within " + timeout.toMillis() + " ms but saw "
                        + seen.size() + (seen.isEmpty() ? "" : ":\n  " + String.join("\n  ",
                        seen.stream().map(WebhookDelivery::describe).toList())) + "\n(pending: " + session.pending()
                        + "; a manual clock must be advanced past a delivery's due time)");
            }
            return got;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    /** Deliveries queued, in flight, waiting for a retry or for their turn after an earlier status. */
    public int pending() {
        return session.pending();
    }

    /** Deliveries not queued because {@link WebhookOptions#maxPending()} were already pending. */
    public long overflowed() {
        return session.overflowed();
    }

    /** Deliveries that chaos dropped (never POSTed). */
    public long dropped() {
        return session.dropped();
    }

    /** Sets this session's chaos (instead of the server's); the draws start again from its seed. */
    public Webhooks chaos(WebhookChaos chaos) {
        session.chaos(chaos);
        return this;
    }

    /** This session's chaos. */
    public WebhookChaos chaos() {
        return session.chaos();
    }

    /**
     * Sends this session's webhooks to {@code url} instead of the server's callback (null: nowhere).
     *
     * @throws IllegalArgumentException when it is not an http(s) URL
     */
    public Webhooks callback(String url) {
        session.callback(WebhookOptions.none().withCallbackUrl(url).callbackUrl());
        return this;
    }

    /** Performs Meta's verification request on the callback now and says whether it passed, and why. */
    public Handshake verify() {
        return Handshakes.verify(hub, session);
    }
}
