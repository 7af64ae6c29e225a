package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.messages.MessageEvents;
import dev.wamock.scenarios.engine.messages.MessagingRules;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.scenarios.engine.state.SessionClock;
import dev.wamock.server.WebhookChaos;
import dev.wamock.server.WebhookOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * The webhooks of one session: wamock's {@link MessageEvents} (a send answered with an ID gets its statuses), inbound
 * user messages, the queue of deliveries due on the session's scenario clock, and the record of every attempt.
 * Thread-safe: the queue and the record are guarded by this object; attempts run on the hub's workers.
 */
public final class SessionWebhooks implements MessageEvents {
    private static final int RECORD_CAPACITY = 10_000;
    private final WebhookHub hub;
    private final SessionClock clock;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>(
            Comparator.comparingLong(Pending::dueNanos).thenComparingLong(Pending::order));
    private final java.util.ArrayDeque<WebhookDelivery> record = new java.util.ArrayDeque<>();
    private final AtomicLong order = new AtomicLong();
    private final ChaosDraws draws = new ChaosDraws();
    private int pending;
    private long seq;
    private long overflowed;
    private long dropped;
    private volatile WebhookChaos chaos;
    private volatile URI callback;
    private volatile MessagingRules rules = MessagingRules.NONE;

    SessionWebhooks(WebhookHub hub, SessionClock clock) {
        this.hub = hub;
        this.clock = clock;
        this.callback = hub.options().callbackUrl();
        chaos(hub.options().chaos());
    }

    @Override
    public void accepted(OutgoingMessage message, String wamid, SendVerdict verdict, long clockNanos) {
        URI url = callback;
        if (url == null || !verdict.accepted()) {
            return;
        }
        WebhookOptions o = hub.options();
        WebhookChaos c = chaos;
        boolean failed = verdict.failure() != null;
        List<String> statuses = new ArrayList<>(failed ? List.of("sent", "failed") : List.of("sent", "delivered", "read"));
        List<Duration> after = new ArrayList<>(failed ? List.of(o.sentAfter(), o.deliveredAfter())
                : List.of(o.sentAfter(), o.deliveredAfter(), o.readAfter()));
        if (!failed && draws.fires(c.readWithoutDelivered())) {
            statuses.remove(1);
            after.remove(1);
        }
        String conversation = Payloads.conversationId();
        List<String> bodies = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            long at = clockNanos + after.get(i).toNanos();
            times.add(at);
            bodies.add(hub.payloads().status(message.phoneNumberId(), wamid, statuses.get(i), message.to(),
                    epochSeconds(at), message.isTemplate(), conversation,
                    "failed".equals(statuses.get(i)) ? verdict.failure() : null));
        }
        if (draws.fires(c.outOfOrder())) {
            java.util.Collections.reverse(statuses);
            java.util.Collections.reverse(bodies);
        }
        List<Pending> chain = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            add(chain, c, "statuses", wamid, statuses.get(i), bodies.get(i), times.get(i));
        }
        enqueue(chain);
    }

    /**
     * A user wrote to {@code phoneNumberId}: tells the session's rules (the 24-hour window) and, with a callback
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
        rules.inboundFrom(phoneNumberId, from, now);
        if (callback != null) {
            List<Pending> chain = new ArrayList<>();
            add(chain, chaos, "messages", wamid, null,
                    hub.payloads().inbound(phoneNumberId, from, profileName, wamid, epochSeconds(now), type, content), now);
            enqueue(chain);
        }
        return wamid;
    }

    private void add(List<Pending> chain, WebhookChaos c, String field, String wamid, String status, String body,
                     long due) {
        if (draws.fires(c.dropped())) {
            synchronized (this) {
                dropped++;
            }
            return;
        }
        long at = draws.fires(c.delayed()) ? due + c.delayBy().toNanos() : due;
        chain.add(new Pending(hub.newDeliveryId(), field, wamid, status, body, 1, at, order.incrementAndGet(), null));
        if (draws.fires(c.duplicated())) {
            chain.add(new Pending(hub.newDeliveryId(), field, wamid, status, body, 1, at, order.incrementAndGet(), null));
        }
    }

    /** Links the chain (each waits for the one before it) and queues its head; beyond maxPending it is counted. */
    private void enqueue(List<Pending> chain) {
        if (chain.isEmpty()) {
            return;
        }
        Pending head = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Pending p = chain.get(i);
            head = new Pending(p.deliveryId(), p.field(), p.wamid(), p.status(), p.body(), 1, p.dueNanos(), p.order(),
                    head);
        }
        synchronized (this) {
            if (pending + chain.size() > hub.options().maxPending()) {
                overflowed += chain.size();
                return;
            }
            pending += chain.size();
            queue.add(head);
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
        synchronized (this) { // recorded and retried (or settled) at once: whoever sees the record sees the retry queued
            WebhookDelivery delivery = new WebhookDelivery(++seq, p.deliveryId(), p.field(), p.wamid(), p.status(),
                    url.toString(), p.attempt(), p.body(), signature, answer.status(), answer.failure(), sentAt,
                    answer.latencyMicros());
            if (record.size() == RECORD_CAPACITY) {
                record.removeFirst();
            }
            record.addLast(delivery);
            if (!delivery.acknowledged() && p.attempt() <= retries.size()) {
                queue.add(p.retry(clock.nanos() + retries.get(p.attempt() - 1).toNanos()));
            } else {
                settle(p);
            }
            notifyAll();
        }
        hub.wake();
    }

    /** {@code p} is done with (taken or given up): its chain's next is queued, due no earlier than now. */
    private synchronized void settle(Pending p) {
        pending--;
        if (p.next() != null) {
            queue.add(p.next().notBefore(clock.nanos()));
        }
        notifyAll();
    }

    private long epochSeconds(long clockNanos) {
        return clock.startedAt().plusNanos(clockNanos).getEpochSecond();
    }

    /** Every attempt so far (the last 10 000), oldest first. */
    public synchronized List<WebhookDelivery> deliveries() {
        return List.copyOf(record);
    }

    /**
     * Waits until {@code done} holds for the attempts so far, for up to {@code timeout} (real time).
     *
     * @return the attempts when it held, or null when the time ran out
     */
    public synchronized List<WebhookDelivery> await(java.util.function.Predicate<List<WebhookDelivery>> done,
                                                   Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.test(List.copyOf(record))) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return List.copyOf(record);
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
    public synchronized long dropped() {
        return dropped;
    }

    /** This session's chaos (the server's unless set). */
    public WebhookChaos chaos() {
        return chaos;
    }

    /** Sets this session's chaos; the draws start again from its seed. */
    public void chaos(WebhookChaos value) {
        this.chaos = java.util.Objects.requireNonNull(value, "chaos");
        draws.reseed(value.seed());
    }

    /** Where this session's webhooks go, or null. */
    public URI callback() {
        return callback;
    }

    /** Sends this session's webhooks to {@code url} (null: nowhere); deliveries already queued follow it. */
    public void callback(URI url) {
        this.callback = url;
    }

    /** The rules told of inbound messages (the 24-hour window); {@link MessagingRules#NONE} until set. */
    public void rules(MessagingRules value) {
        this.rules = java.util.Objects.requireNonNull(value, "rules");
    }

    /** The session's scenario clock. */
    SessionClock clock() {
        return clock;
    }

    /** Forgets what is queued (the server is stopping). */
    synchronized void clear() {
        queue.clear();
        pending = 0;
        notifyAll();
    }
}
