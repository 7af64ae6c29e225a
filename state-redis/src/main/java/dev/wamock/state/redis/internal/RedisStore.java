package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateConfig;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link StateStore} on Redis: each session's changes in an ordered log every replica replays, its journal in a
 * Stream, and the set of sessions. This replica holds the replayed state of at most {@link #MAX_SESSIONS} sessions.
 */
public final class RedisStore implements StateStore {
    /** How many sessions, the default one included, this replica may hold at once. */
    public static final int MAX_SESSIONS = 1_000;

    private final RedisLink link;
    private final StateConfig config;
    private final String node;
    private final RedisSession defaultSession;
    private final Map<String, RedisSession> sessions = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Connects to the Redis at {@code target}; sessions start from {@code config}.
     *
     * @throws StateUnavailableException when Redis cannot be reached
     */
    public RedisStore(RedisTarget target, StateConfig config) {
        this.link = new RedisLink(target);
        this.config = config;
        this.node = Long.toHexString(new SecureRandom().nextLong());
        this.defaultSession = new RedisSession(DEFAULT_SESSION, config, link, node);
    }

    /** The name of a session in keys and messages: its ID, or {@code *} for the default session. */
    static String keyName(String sessionId) {
        return sessionId.isEmpty() ? "*" : sessionId;
    }

    @Override
    public SessionState session(String id) {
        if (id.isEmpty()) {
            return defaultSession;
        }
        RedisSession s = sessions.get(id);
        if (s != null) {
            return s;
        }
        StateStore.checkSessionId(id);
        synchronized (sessions) {
            if (sessions.size() + 1 >= MAX_SESSIONS && !sessions.containsKey(id)) {
                sessions.keySet().retainAll(Set.copyOf(link.call(redis -> redis.smembers(SessionKeys.SESSIONS))));
            }
            if (sessions.size() + 1 >= MAX_SESSIONS && !sessions.containsKey(id)) {
                throw new StateUnavailableException("session-limit", "this wamock holds " + MAX_SESSIONS
                        + " sessions, the most it may; drop finished ones with DELETE /__wamock/session?session=<id>"
                        + " (the JUnit extension does after each test)", null);
            }
            return sessions.computeIfAbsent(id, i -> new RedisSession(i, config, link, node));
        }
    }

    /** Deletes the session's keys on Redis (every replica starts it over on its next contact); resets the default. */
    @Override
    public void drop(String id) {
        if (id.isEmpty()) {
            defaultSession.reset();
            return;
        }
        StateStore.checkSessionId(id);
        link.call(redis -> redis.del(SessionKeys.of(id).all()) + redis.srem(SessionKeys.SESSIONS, id));
        sessions.remove(id);
    }

    @Override
    public List<String> sessions() {
        List<String> ids = new ArrayList<>();
        ids.add(DEFAULT_SESSION);
        link.call(redis -> redis.smembers(SessionKeys.SESSIONS)).stream().sorted().forEach(ids::add);
        return ids;
    }

    /**
     * The Redis URI without its password; while journal entries were lost (Redis refused them, or more waited for
     * a connection than the queue holds) it says how many.
     */
    @Override
    public String describe() {
        long lost = link.lostJournalEntries();
        return link.describe() + (lost == 0 ? "" : " (" + lost + " journal entries lost while Redis could not take them)");
    }

    /** Closes the connections once; the sessions' state stays in Redis for the other replicas. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            sessions.clear();
            link.close();
        }
    }
}
