package dev.wamock.scenarios.engine.state;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the state of a server's sessions lives: in this JVM (the default) or in a store shared by a fleet. The
 * default session ({@link #DEFAULT_SESSION}) always exists; others are made on first use and dropped by
 * {@link #drop(String)}, so each parallel test on a shared server has its own scenario, counts, clock and journal.
 */
public interface StateStore extends AutoCloseable {
    /** The session of requests that name none. */
    String DEFAULT_SESSION = "";

    /**
     * What a session ID may be: 1 to 64 letters, digits, {@code . _ : -}, not dots alone ({@code .} and {@code ..} are
     * path segments a browser or curl resolves away in a {@code /sessions/<id>} base URL).
     */
    Pattern SESSION_ID = Pattern.compile("(?!\\.+$)[A-Za-z0-9._:-]{1,64}");

    /**
     * The session of this ID, made on first use with the start scenario and fresh counts.
     *
     * @throws IllegalArgumentException when {@code id} is not {@link #DEFAULT_SESSION} and does not match
     *                                  {@link #SESSION_ID}
     * @throws StateUnavailableException when the store cannot be reached, or holds as many sessions as it may
     */
    SessionState session(String id);

    /** Forgets a session: its scenario, counts, clock and journal. The default session is reset instead. */
    void drop(String id);

    /** The IDs of the sessions that exist, the default one ({@code ""}) first. */
    List<String> sessions();

    /** Where the state lives, as the health page shows it: {@code memory}, or the store's URI without a password. */
    String describe();

    /** Releases connections and threads; the sessions' state stays in a shared store. */
    @Override
    void close();

    /**
     * Checks a session ID from a request.
     *
     * @return {@code id}
     * @throws IllegalArgumentException with the rule and the value, when it does not match {@link #SESSION_ID}
     */
    static String checkSessionId(String id) {
        if (id == null || !SESSION_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a session ID is 1 to 64 letters, digits, '.', '_', ':' or '-', not dots alone, but was '"
                    + (id == null ? "" : id.length() > 80 ? id.substring(0, 80) + "…" : id) + "'");
        }
        return id;
    }
}
