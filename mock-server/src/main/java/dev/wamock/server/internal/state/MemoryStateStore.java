package dev.wamock.server.internal.state;

import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateConfig;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default {@link StateStore}: every session in this JVM. A session is made on first use; at most
 * {@link #MAX_SESSIONS} live at once, so a client that sends a fresh session ID with each request cannot fill the
 * heap (each session keeps its own journal of {@code journalCapacity} entries).
 */
public final class MemoryStateStore implements StateStore {
    /** How many sessions, the default one included, may live at once. */
    public static final int MAX_SESSIONS = 1_000;

    private final StateConfig config;
    private final MemorySession defaultSession;
    private final Map<String, MemorySession> sessions = new ConcurrentHashMap<>();

    /** A store whose sessions start from {@code config}. */
    public MemoryStateStore(StateConfig config) {
        this.config = config;
        this.defaultSession = new MemorySession(DEFAULT_SESSION, config);
    }

    @Override
    public SessionState session(String id) {
        if (id.isEmpty()) {
            return defaultSession;
        }
        MemorySession s = sessions.get(id);
        if (s != null) {
            return s;
        }
        StateStore.checkSessionId(id);
        synchronized (sessions) {
            if (sessions.size() + 1 >= MAX_SESSIONS && !sessions.containsKey(id)) {
                throw new StateUnavailableException("session-limit", "wamock holds " + MAX_SESSIONS
                        + " sessions, the most it may; drop finished ones with DELETE /__wamock/session?session=<id>"
                        + " (the JUnit extension does after each test)", null);
            }
            return sessions.computeIfAbsent(id, i -> new MemorySession(i, config));
        }
    }

    @Override
    public void drop(String id) {
        if (id.isEmpty()) {
            defaultSession.reset();
        } else {
            sessions.remove(id);
        }
    }

    @Override
    public List<String> sessions() {
        List<String> ids = new ArrayList<>();
        ids.add(DEFAULT_SESSION);
        sessions.keySet().stream().sorted().forEach(ids::add);
        return ids;
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public void close() {
        sessions.clear();
    }
}
