package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.messages.MessageEvents;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.scenarios.engine.state.SessionClock;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.server.WebhookChaos;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import tools.jackson.databind.node.ObjectNode;

/**
 * The webhooks of one session: wamock's {@link MessageEvents} (a send answered with an ID gets its statuses), inbound
 * user messages, the queue of deliveries due on the session's scenario clock, and the record of every attempt.
 * Thread-safe: the queue and the counts are guarded by this object, the record by {@link Attempts}; attempts run on
 * the hub's workers.
 */
public final class SessionWebhooks implements MessageEvents {
    private final WebhookHub hub;
    private final SessionState session;
    private final SessionClock clock;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>(
            Comparator.comparingLong(Pending::dueNanos).thenComparingLong(Pending::order));
    private final Attempts attempts = new Attempts();
    private final Chains chains;
    private int pending;
    private long seq;
    private long overflowed;
    private volatile WebhookChaos chaos;
    private volatile URI callback;

    SessionWebhooks(WebhookHub hub, SessionState session) {
        this.hub = hub;
        this.session = session;
        this.clock = session.clock();
        this.chains = new Chains(hub);
        this.callback = hub.options().callbackUrl();
        chaos(hub.options().chaos());
    }

    @Override
    public void accepted(OutgoingMessage message, String wamid, SendVerdict verdict, long clockNanos) {
        if (callback != null && verdict.accepted()) {
            enqueue(chains.statuses(message, wamid, verdict, clockNanos, chaos, this::epochSeconds));
        }
    }

    /**
     * A user wrote to {@code phoneNumberId}: tells the session state's rules (the 24-hour window) and, with a callback
     * configured, queues its {@code messages} webhook, due now. Returns the inbound message's fresh wamid.
     *
     * @throws IllegalArgumentException when {@code from} is not a WhatsApp ID (5 to 20 digits)
     */
    public String inbound(String phoneNumberId, String from, String profileName, String type, ObjectNode content) {
        if (from == null || !from.matches("[0-9]{5,20}")) {
            throw new IllegalArgumentException("from must be a WhatsApp ID of 5 to 20 digits like 16505551234 but was '"
                    + from + "'");
        }
        long now = clock.nanos();
        String wamid = Payloads.freshWamid();
        session.messaging().inboundFrom(phoneNumberId, from, now);
        if (callback != null) {
            enqueue(chains.single("messages", wamid,
                    hub.payloads().inbound(phoneNumberId, from, profileName, wamid, epochSeconds(now), type, content),
                    now, chaos));
        }
        return wamid;
    }

    /** Queues a linked chain's head (the rest follow it); beyond maxPending the chain is counted instead. */
    private void enqueue(List<Pending> chain) {
        if (chain.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (pending + chain.size() > hub.options().maxPending()) {
                overflowed += chain.size();
                return;
            }
            pending += chain.size();
            queue.add(chain.get(0));
        }
        hub.wake();
    }

    /** Takes the deliveries due on the scenario clock now. */
    synchronized List<Pending> takeDue() {
        List<Pending> due = new ArrayList<>();
        if (queue.isEmpty()) {
            return due;
        }
        long now = clock.nanos();
        while (!queue.isEmpty() && queue.peek().dueNanos() <= now) {
            due.add(queue.poll());
        }
        return due;
    }

    /** Makes one attempt of {@code p} (on a worker), records it, then queues its retry or the chain's next. */
    void attempt(Pending p) {
        URI url = callback;
        if (url == null) {
            settle(p);
            hub.wake();
            return;
        }
        byte[] bytes = p.body().getBytes(StandardCharsets.UTF_8);
        String secret = hub.options().appSecret();
        String signature = secret == null ? null : Signer.sign(secret, bytes);
        long sentAt = clock.nanos();
        Poster.Answer answer = hub.poster().post(url, p.body(), signature);
        List<Duration> retries = hub.options().retries();
        WebhookDelivery delivery = new WebhookDelivery(0, p.deliveryId(), p.field(), p.wamid(), p.status(),
                url.toString(), p.attempt(), p.body(), signature, answer.status(), answer.failure(), sentAt,
                answer.latencyMicros());
        synchronized (this) { // the retry is queued before the attempt is recorded: whoever sees one sees the other
            if (!delivery.acknowledged() && p.attempt() <= retries.size()) {
                // due a wait after the failed try was sent, not after its answer was read: a test that advances a
                // manual clock once its receiver has seen the try gets the retry, however late wamock reads the answer
                queue.add(p.retry(sentAt + retries.get(p.attempt() - 1).toNanos()));
            } else {
                settle(p);
            }
            attempts.add(withSeq(delivery, ++seq));
        }
        hub.wake();
    }

    private static WebhookDelivery withSeq(WebhookDelivery d, long seq) {
        return new WebhookDelivery(seq, d.deliveryId(), d.field(), d.wamid(), d.status(), d.url(), d.attempt(), d.body(),
                d.signature(), d.answerStatus(), d.failure(), d.clockNanos(), d.latencyMicros());
    }

    /** {@code p} is done with (taken or given up): its chain's next is queued, due no earlier than now. */
    private synchronized void settle(Pending p) {
        pending--;
        if (p.next() != null) {
            queue.add(p.next().notBefore(clock.nanos()));
        }
    }

    private long epochSeconds(long clockNanos) {
        return clock.startedAt().plusNanos(clockNanos).getEpochSecond();
    }

    /** Every attempt so far (the last 10 000), oldest first. */
    public List<WebhookDelivery> deliveries() {
        return attempts.all();
    }

    /**
     * Waits until {@code done} holds for the attempts so far, for up to {@code timeout} (real time).
     *
     * @return the attempts when it held, or null when the time ran out
     */
    public List<WebhookDelivery> await(java.util.function.Predicate<List<WebhookDelivery>> done, Duration timeout)
            throws InterruptedException {
        return attempts.await(done, timeout);
    }

    /** Deliveries queued, in flight or waiting for their turn in a chain. */
    public synchronized int pending() {
        return pending;
    }

    /** Deliveries not queued because {@code maxPending} were pending. */
    public synchronized long overflowed() {
        return overflowed;
    }

    /** Deliveries chaos dropped. */
    public long dropped() {
        return chains.dropped();
    }

    /** This session's chaos (the server's unless set). */
    public WebhookChaos chaos() {
        return chaos;
    }

    /** Sets this session's chaos; the draws start again from its seed. */
    public void chaos(WebhookChaos value) {
        this.chaos = java.util.Objects.requireNonNull(value, "chaos");
        chains.reseed(value.seed());
    }

    /** Where this session's webhooks go, or null. */
    public URI callback() {
        return callback;
    }

    /** Sends this session's webhooks to {@code url} (null: nowhere); deliveries already queued follow it. */
    public void callback(URI url) {
        this.callback = url;
    }

    /** The session's scenario clock. */
    SessionClock clock() {
        return clock;
    }

    /** Forgets what is queued (the server is stopping). */
    synchronized void clear() {
        queue.clear();
        pending = 0;
    }
}
