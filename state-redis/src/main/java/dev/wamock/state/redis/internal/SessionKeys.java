package dev.wamock.state.redis.internal;

/**
 * The Redis keys of one session, all with the hash tag {@code {<session>}} so a Redis Cluster keeps them in one slot
 * and the scripts may touch them together. The default session's tag is {@code *} (no session ID can be).
 *
 * @param log         the change log (a Stream)
 * @param n           the number of the last change
 * @param epoch       the session's epoch: set with its first change, gone when Redis lost or dropped the session
 * @param journal     the journal (a Stream, IDs {@code <seq>-1})
 * @param total       how many journal entries landed
 * @param deliveries  the webhook delivery attempts (a Stream, IDs {@code <seq>-1})
 * @param deliveriesN how many attempts were recorded
 */
record SessionKeys(String log, String n, String epoch, String journal, String total, String deliveries,
                   String deliveriesN) {
    /** The set of the IDs of the sessions that have state (the default one aside). */
    static final String SESSIONS = "wamock:sessions";

    /** The keys of session {@code id} ({@code ""}: the default session). */
    static SessionKeys of(String id) {
        String prefix = "wamock:{" + RedisStore.keyName(id) + "}:";
        return new SessionKeys(prefix + "log", prefix + "n", prefix + "epoch", prefix + "journal", prefix + "total",
                prefix + "deliveries", prefix + "deliveries:n");
    }

    /** Every key, to drop the session. */
    String[] all() {
        return new String[] {log, n, epoch, journal, total, deliveries, deliveriesN};
    }
}
