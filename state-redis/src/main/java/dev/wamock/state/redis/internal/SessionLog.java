package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.state.StateUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A session's change log as one replica writes and reads it. A change is appended by a script call that returns
 * every change this replica has not applied yet up to it; one call carries all the changes this replica's threads
 * made meanwhile. The replica applies what comes back in order and answers each change with its own result.
 */
final class SessionLog {
    private static final int CATCH_UP_PAGE = 10_000;
    private static final int ATTEMPTS = 3;
    /** The most changes one script call carries. */
    private static final int MAX_BATCH = 256;

    private final String id;
    private final SessionKeys keys;
    private final RedisLink link;
    private final Replica replica;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition sent = lock.newCondition();
    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private boolean sending;
    private volatile String listedEpoch;

    SessionLog(String id, SessionKeys keys, RedisLink link, Replica replica) {
        this.id = id;
        this.keys = keys;
        this.link = link;
        this.replica = replica;
    }

    /**
     * Appends a change and returns its result once applied: a decision, null, or the exception it failed with on
     * every replica. Changes of this session made by many threads at once go in one script call (one thread at a
     * time sends every change waiting, the others wait for its reply), so one reply brings each change of the log
     * once. A change whose epoch went away before it was read (Redis lost or dropped the session meanwhile) is sent
     * again once this replica is sure it is not in the log.
     */
    Object change(String kind, List<String> fields) {
        long loc = replica.expect();
        Pending mine = new Pending(kind, fields, loc);
        waiting.add(mine);
        Object result;
        lock.lock();
        try {
            for (int attempt = 1; (result = replica.result(loc)) == Replica.PENDING; ) {
                if (sending) {
                    sent.awaitUninterruptibly();
                    continue;
                }
                sending = true;
                lock.unlock();
                try {
                    if (mine.taken && replica.result(loc) == Replica.PENDING) {
                        catchUp();
                        if (replica.result(loc) == Replica.PENDING) {
                            if (++attempt > ATTEMPTS) {
                                throw new StateUnavailableException("unavailable", "session '" + RedisStore.keyName(id)
                                        + "' was dropped or lost by Redis " + ATTEMPTS + " times while this replica"
                                        + " sent one change; try again", null);
                            }
                            mine = new Pending(kind, fields, loc);
                            waiting.add(mine);
                        }
                    }
                    sendWaiting();
                } finally {
                    lock.lock();
                    sending = false;
                    sent.signalAll();
                }
            }
        } finally {
            lock.unlock();
            replica.forget(loc);
        }
        return unwrap(result);
    }

    /** Sends every change waiting in one script call and applies the reply; on a failure, each change fails with it. */
    private void sendWaiting() {
        List<Pending> batch = new ArrayList<>();
        List<String> args = new ArrayList<>();
        Replica.Cursor at = replica.cursor();
        args.addAll(List.of(random(), Objects.requireNonNullElse(at.epoch(), ""), at.lastId()));
        for (Pending p; batch.size() < MAX_BATCH && (p = waiting.poll()) != null; ) {
            p.taken = true;
            batch.add(p);
            args.addAll(List.of(p.kind, Integer.toString(p.fields.size() + 4), "node", replica.node(), "loc",
                    Long.toString(p.loc)));
            args.addAll(p.fields);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<?> reply = (List<?>) link.run(Script.CHANGE, new String[] {keys.log(), keys.n(), keys.epoch()},
                    args.toArray(String[]::new));
            replica.apply(at, (String) reply.get(0), LogEntry.listOf(reply.get(1)));
            listSession((String) reply.get(0));
        } catch (RuntimeException e) {
            batch.forEach(p -> replica.fail(p.loc, e));
        }
    }

    /** A change waiting to be sent; {@code taken} once a call carries it. */
    private static final class Pending {
        final String kind;
        final List<String> fields;
        final long loc;
        volatile boolean taken;

        Pending(String kind, List<String> fields, long loc) {
            this.kind = kind;
            this.fields = fields;
            this.loc = loc;
        }
    }

    /** Applies every change made through other replicas since this one's last. */
    void catchUp() {
        int got;
        do {
            Replica.Cursor at = replica.cursor();
            List<?> reply = (List<?>) link.run(Script.CATCH_UP, new String[] {keys.log(), keys.epoch()}, random(),
                    Objects.requireNonNullElse(at.epoch(), ""), at.lastId(), Integer.toString(CATCH_UP_PAGE));
            List<LogEntry> entries = LogEntry.listOf(reply.get(1));
            replica.apply(at, (String) reply.get(0), entries);
            listSession((String) reply.get(0));
            got = entries.size();
        } while (got == CATCH_UP_PAGE);
    }

    private static String random() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    /** Adds the session to the set {@code sessions()} lists, once per epoch. */
    private void listSession(String epoch) {
        if (!id.isEmpty() && !epoch.equals(listedEpoch)) {
            link.call(redis -> redis.sadd(SessionKeys.SESSIONS, id));
            listedEpoch = epoch;
        }
    }

    private static Object unwrap(Object result) {
        if (result instanceof IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (result instanceof RuntimeException e) {
            throw e;
        }
        return result == Replica.DONE ? null : result;
    }
}
