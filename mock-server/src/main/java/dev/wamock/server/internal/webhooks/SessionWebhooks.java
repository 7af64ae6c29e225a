package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.messages.MessageEvents;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.scenarios.engine.state.DeliveryLog;
import dev.wamock.scenarios.engine.state.SessionClock;
import dev.wamock.scenarios.engine.state.SessionState;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The webhooks of one session on this server: wamock's {@link MessageEvents} (a send answered with an ID gets its
 * statuses), inbound user messages, and the deliveries this server queued ({@link DeliveryQueue}). The settings
 * ({@link HookSettings}) and the record of attempts live in the session's state, shared by a fleet; when the state
 * says the session started over (a reset) the queue is forgotten. Thread-safe; attempts run on the hub's workers.
 */
public final class SessionWebhooks implements MessageEvents {
    private final WebhookHub hub;
    private final SessionState session;
    private final SessionClock clock;
    private final DeliveryQueue queue = new DeliveryQueue();
    private final Chains chains;
    private final SessionSettings settings;

    SessionWebhooks(WebhookHub hub, SessionState session) {
        this.hub = hub;
        this.session = session;
        this.clock = session.clock();
        this.chains = new Chains(hub);
        this.settings = new SessionSettings(session, hub.options(), (now, startedOver) -> {
            if (startedOver) {
                queue.clear();
                chains.restart();
            }
            chains.reseed(now.chaos().seed()); // new settings restart the draws
        });
    }

    @Override
    public void accepted(OutgoingMessage message, String wamid, SendVerdict verdict, long clockNanos) {
        HookSettings s = settings.now(false); // the send's decision brought this replica's state up to date
        if (s.callback() != null && verdict.accepted()) {
            enqueue(chains.statuses(message, wamid, verdict, clockNanos, s.chaos(), this::epochSeconds));
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
        HookSettings s = settings.now(true);
        long now = clock.nanos();
        String wamid = Payloads.freshWamid();
        session.messaging().inboundFrom(phoneNumberId, from, now);
        if (s.callback() != null) {
            enqueue(chains.single("messages", wamid,
                    hub.payloads().inbound(phoneNumberId, from, profileName, wamid, epochSeconds(now), type, content),
                    now, s.chaos()));
        }
        return wamid;
    }

    private void enqueue(List<Pending> chain) {
        if (queue.offer(chain, hub.options().maxPending())) {
            hub.wake();
        }
    }

    /** Takes the deliveries due on the scenario clock now, caught up with the other replicas every 50 ms at most. */
    List<Pending> takeDue() {
        if (queue.isEmpty()) {
            return List.of();
        }
        settings.now(settings.stale()); // a reset, or the clock advanced, through another replica
        return queue.takeDue(clock.nanos());
    }

    /** Makes one attempt of {@code p} (on a worker), records it, then queues its retry or the chain's next. */
    void attempt(Pending p) {
        URI url = settings.now(true).callback();
        if (url == null) {
            queue.finish(p, null, clock.nanos());
            hub.wake();
            return;
        }
        if (!queue.inFlight(p)) {
            return; // the session started over since p was taken
        }
        long sentAt = clock.nanos();
        WebhookDelivery delivery = hub.poster().attempt(url, p, hub.options().appSecret(), sentAt);
        List<Duration> retries = hub.options().retries();
        // due a wait after the failed try was sent, not after its answer was read: a test that advances a manual clock
        // once its receiver has seen the try gets the retry, however late wamock reads the answer
        Pending retry = !delivery.acknowledged() && p.attempt() <= retries.size()
                ? p.retry(sentAt + retries.get(p.attempt() - 1).toNanos()) : null;
        settings.now(true); // a reset while the attempt was on its way forgets it
        if (queue.finish(p, retry, clock.nanos())) { // queued before recorded: whoever sees the attempt sees its retry
            session.deliveries().add(delivery);
        }
        hub.wake();
    }

    private long epochSeconds(long clockNanos) {
        return clock.startedAt().plusNanos(clockNanos).getEpochSecond();
    }

    /** The session's callback and chaos as every replica applies them now. */
    HookSettings settings() {
        return settings.now(true);
    }

    /** The session's record of attempts, made by every replica (the last 10 000). */
    public DeliveryLog deliveries() {
        return session.deliveries();
    }

    /** Deliveries this server has queued, in flight or waiting for their turn in a chain. */
    public int pending() {
        settings.now(true);
        return queue.pending();
    }

    /** The same without catching up: for the ticker. */
    int queued() {
        return queue.pending();
    }

    /** Deliveries this server did not queue because {@code maxPending} were pending. */
    public long overflowed() {
        settings.now(true);
        return queue.overflowed();
    }

    /** Deliveries chaos dropped on this server. */
    public long dropped() {
        settings.now(true);
        return chains.dropped();
    }

    /** This session's chaos (the server's unless set). */
    public WebhookChaos chaos() {
        return settings.now(true).chaos();
    }

    /** Sets this session's chaos on every replica; the draws start again from its seed. */
    public void chaos(WebhookChaos value) {
        settings.chaos(value);
    }

    /** Where this session's webhooks go, or null. */
    public URI callback() {
        return settings.now(true).callback();
    }

    /** Sends this session's webhooks to {@code url} (null: nowhere) from every replica; queued ones follow it. */
    public void callback(URI url) {
        settings.callback(url);
    }

    /** Forgets what is queued (the server is stopping, or the session was dropped). */
    void clear() {
        queue.clear();
    }
}
