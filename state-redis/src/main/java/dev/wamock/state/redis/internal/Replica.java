package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.engine.MockClock;
import dev.wamock.scenarios.engine.messages.WhatsAppRules;
import dev.wamock.scenarios.engine.state.LocalScenarios;
import dev.wamock.scenarios.engine.state.StateConfig;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import dev.wamock.scenarios.engine.state.WebhookSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One session's state as this replica replays it from the session's change log: the scenarios and WhatsApp's rules
 * on a clock whose time is the time of the change being applied, so every replica that applies the same log in the
 * same order computes the same decisions, counts, windows, send verdicts and clock. Changes apply under this
 * object's lock, each once, in log order. Outside replay the clock reads
 * {@code max(time of the last change applied, wall clock)}, so it never runs back.
 */
public final class Replica {
    /** The result of an own change that has not been applied yet. */
    static final Object PENDING = new Object();
    /** The result of an own change that applied and returns nothing (or decided that no scenario applies). */
    static final Object DONE = new Object();
    private static final long IDLE = Long.MIN_VALUE;

    private final String sessionId;
    private final StateConfig config;
    private final String node;
    private final AtomicLong locals = new AtomicLong();
    private final Map<Long, Object> own = new ConcurrentHashMap<>();
    private final ChangeApplier applier = new ChangeApplier(this);
    private volatile long replayNanos = IDLE;
    private volatile long lastNanos;
    private volatile MockClock clock;
    private volatile LocalScenarios scenarios;
    private volatile WhatsAppRules rules;
    private volatile WebhookSettings webhookSettings = WebhookSettings.NONE;
    private String epoch;
    private String lastId = "";
    private long lastN;
    private long lostAt;

    /** The state of session {@code sessionId} on the replica {@code node}, fresh from {@code config}. */
    public Replica(String sessionId, StateConfig config, String node) {
        this.sessionId = sessionId;
        this.config = config;
        this.node = node;
        restart(null, wallNanos());
    }

    /** Where this replica stands in the log: its epoch and the ID of the last change applied. */
    public record Cursor(String epoch, String lastId) {
    }

    /** The epoch and the last change applied, to send with a change or a catch-up. */
    public synchronized Cursor cursor() {
        return new Cursor(epoch, lastId);
    }

    /**
     * Applies the changes a script returned for a request sent at {@code sent}. A reply of another epoch than this
     * replica's starts it over from the start config, reading the log from its beginning (the script sent it from
     * there); a reply whose epoch differs from both is left alone (the state moved on meanwhile).
     *
     * @throws StateUnavailableException {@code state-lost} when a change is missing from the log (the log was
     *                                   trimmed past this replica) and no reset has followed it
     */
    public synchronized void apply(Cursor sent, String replyEpoch, List<LogEntry> entries) {
        if (!Objects.equals(replyEpoch, epoch)) {
            if (!Objects.equals(sent.epoch(), epoch)) {
                return;
            }
            restart(replyEpoch, replyEpoch == null ? wallNanos() : epochNanos(replyEpoch));
        }
        for (LogEntry e : entries) {
            if (!LogEntry.after(e.id(), lastId)) {
                continue;
            }
            boolean reset = "reset".equals(e.kind());
            if (e.n() != lastN + 1 && !reset && lostAt == 0) {
                lostAt = lastN + 1;
            }
            if (lostAt == 0 || reset) {
                lostAt = 0;
                replayNanos = e.nanos();
                try {
                    Object result = applier.apply(e);
                    if (node.equals(e.get("node"))) {
                        own.computeIfPresent(Long.parseLong(e.get("loc")), (k, v) -> result);
                    }
                } finally {
                    replayNanos = IDLE;
                }
            }
            lastId = e.id();
            lastN = e.n();
            lastNanos = e.nanos();
        }
        if (lostAt != 0) {
            throw new StateUnavailableException("state-lost", "this replica missed changes of session '"
                    + RedisStore.keyName(sessionId) + "' that Redis no longer keeps (expected change " + lostAt
                    + ", the log goes on at change " + lastN + "; it keeps the last " + RedisLink.LOG_CAP
                    + " changes of a session), so it cannot rebuild the session's counts; POST /__wamock/reset (with"
                    + " the session) starts the session over on every replica", null);
        }
    }

    /** The start config, the start scenario active, on a fresh clock that reads 0 at {@code originNanos}. */
    void restart(String newEpoch, long originNanos) {
        epoch = newEpoch;
        lastId = "";
        lastN = 0;
        lostAt = 0;
        startOver(originNanos, 0);
    }

    /** Fresh scenarios and rules on a fresh real clock that reads {@code reading} at {@code atNanos}, no webhook settings. */
    void startOver(long atNanos, long reading) {
        long before = replayNanos;
        replayNanos = atNanos;
        try {
            MockClock fresh = new MockClock(this::sourceNanos);
            fresh.advance(java.time.Duration.ofNanos(Math.max(0, reading)));
            clock = fresh;
            scenarios = new LocalScenarios(config.catalogue(), config.startScenario(), fresh);
            rules = new WhatsAppRules(config.messagingLimits());
            webhookSettings = webhookSettings.startedOver();
        } finally {
            replayNanos = before;
        }
        lastNanos = atNanos;
    }

    private long sourceNanos() {
        long replay = replayNanos;
        return replay != IDLE ? replay : Math.max(lastNanos, wallNanos());
    }

    private static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** The origin of an epoch {@code <microseconds since 1970>:<random>} in nanoseconds since 1970. */
    static long epochNanos(String epoch) {
        int colon = epoch.indexOf(':');
        return Long.parseLong(colon < 0 ? epoch : epoch.substring(0, colon)) * 1_000L;
    }

    /** A number for an own change about to be sent; its result waits under it until {@link #forget}. */
    long expect() {
        long loc = locals.incrementAndGet();
        own.put(loc, PENDING);
        return loc;
    }

    /** The result of own change {@code loc}: {@link #PENDING}, {@link #DONE}, a decision or an exception. */
    Object result(long loc) {
        return own.getOrDefault(loc, PENDING);
    }

    /** Gives own change {@code loc}, if still {@link #PENDING}, the failure of the call that carried it. */
    void fail(long loc, RuntimeException failure) {
        own.replace(loc, PENDING, failure);
    }

    /** Stops waiting for own change {@code loc}. */
    void forget(long loc) {
        own.remove(loc);
    }

    /** This replica's node ID, carried by its changes so it finds their results. */
    String node() {
        return node;
    }

    /** The scenarios as replayed so far. */
    LocalScenarios scenarios() {
        return scenarios;
    }

    /** WhatsApp's rules, their counters and windows as replayed so far. */
    WhatsAppRules rules() {
        return rules;
    }

    /** The session's webhook settings as replayed so far. */
    WebhookSettings webhookSettings() {
        return webhookSettings;
    }

    /** Applies a {@code hooks} change: the session's own webhook settings, or null for the server's. */
    void webhookSettings(String json) {
        webhookSettings = webhookSettings.set(json);
    }

    /** The clock as replayed so far. */
    MockClock clock() {
        return clock;
    }

    /** What every session starts from. */
    StateConfig config() {
        return config;
    }
}
