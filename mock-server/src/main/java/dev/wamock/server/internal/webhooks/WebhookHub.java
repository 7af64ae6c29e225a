package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.server.WebhookOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The webhooks of one server: the options, each session's {@link SessionWebhooks}, and the scheduler. A delivery due at
 * scenario-clock time T fires when its session's clock reads T or more, whether the clock runs in real time or is
 * manual and advanced (by Java, the admin API or another replica sharing the clock): a daemon ticker looks every
 * {@value #TICK_MILLIS} ms at the sessions' queues, and only while some delivery is pending; attempts run on a small
 * daemon pool (threads start on first use). Both stop on {@link #close()}.
 */
public final class WebhookHub implements AutoCloseable {
    /** How often the ticker compares the queues with the clocks while deliveries are pending. */
    static final long TICK_MILLIS = 10;
    private static final int WORKERS = 4;
    private final WebhookOptions options;
    private final StateStore store;
    private final Payloads payloads;
    private final Map<String, SessionWebhooks> sessions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("tick"));
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemon("post"));
    private final Poster poster;
    private final AtomicLong deliveryIds = new AtomicLong();
    private final String tag;
    private ScheduledFuture<?> ticking;
    private boolean closed;

    /** The webhooks of a server whose sessions live in {@code store} and whose numbers are {@code fixtures}. */
    public WebhookHub(WebhookOptions options, StateStore store, Fixtures fixtures) {
        this.options = options;
        this.store = store;
        this.payloads = new Payloads(fixtures);
        this.poster = new Poster(options.attemptTimeout());
        this.tag = store instanceof dev.wamock.server.internal.state.MemoryStateStore ? ""
                : "-" + Long.toString(new java.security.SecureRandom().nextInt(36 * 36 * 36 * 36), 36);
    }

    /** The session's webhooks (made on first use): also its {@link dev.wamock.scenarios.engine.messages.MessageEvents}. */
    public SessionWebhooks session(String sessionId) {
        return sessions.computeIfAbsent(sessionId, id -> new SessionWebhooks(this, store.session(id)));
    }

    /** Forgets session {@code sessionId}'s webhooks and queue (it was dropped): a next use starts afresh. */
    public void forget(String sessionId) {
        SessionWebhooks gone = sessions.remove(sessionId);
        if (gone != null) {
            gone.clear();
        }
    }

    /** The server's options. */
    public WebhookOptions options() {
        return options;
    }

    Payloads payloads() {
        return payloads;
    }

    Poster poster() {
        return poster;
    }

    /** {@code d1}, {@code d2}, …; on a shared store with this server's tag ({@code d1-k3x9}): one fleet, no twins. */
    String newDeliveryId() {
        return "d" + deliveryIds.incrementAndGet() + tag;
    }

    /** Starts the ticker if it is not running (something was queued). */
    synchronized void wake() {
        if (!closed && ticking == null) {
            ticking = ticker.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        try {
            boolean any = false;
            for (SessionWebhooks s : sessions.values()) {
                for (Pending p : s.takeDue()) {
                    workers.execute(() -> s.attempt(p));
                }
                any |= s.queued() > 0;
            }
            if (!any) {
                synchronized (this) {
                    // a wake() between the look and here queued something: the next tick sees it
                    if (sessions.values().stream().allMatch(s -> s.queued() == 0) && ticking != null) {
                        ticking.cancel(false);
                        ticking = null;
                    }
                }
            }
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // close() shut the workers down
        }
    }

    /** Stops the ticker and the attempts in flight; what was queued is forgotten. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        ticker.shutdownNow();
        workers.shutdownNow();
        sessions.values().forEach(SessionWebhooks::clear);
    }

    private static java.util.concurrent.ThreadFactory daemon(String role) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "wamock-webhooks-" + role + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
