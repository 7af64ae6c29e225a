package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.engine.state.StateUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A session's change log as one replica writes and reads it. A change is appended by a script call that returns
 * every change this replica has not applied yet up to it. One call is on its way at a time and carries every change
 * this replica's threads made meanwhile (group commit); its reply is applied in order where it arrives, on the
 * connection's I/O thread, which sends the next call at once and then wakes each thread with its change's result.
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
    private final GroupCommit<Pending> commit = new GroupCommit<>(MAX_BATCH, this::send,
            batch -> batch.forEach(Pending::answered));
    private volatile String listedEpoch;

    SessionLog(String id, SessionKeys keys, RedisLink link, Replica replica) {
        this.id = id;
        this.keys = keys;
        this.link = link;
        this.replica = replica;
    }

    /**
     * Appends a change and returns its result once applied: a decision, null, or the exception it failed with on
     * every replica. A change whose epoch went away before it was read (Redis lost or dropped the session meanwhile)
     * is sent again once this replica is sure it is not in the log.
     */
    Object change(String kind, List<String> fields) {
        long loc = replica.expect();
        try {
            for (int attempt = 1; ; attempt++) {
                Pending mine = new Pending(kind, fields, loc);
                commit.add(mine);
                mine.await();
                Object result = replica.result(loc);
                if (result == Replica.PENDING) {
                    catchUp();
                    result = replica.result(loc);
                }
                if (result != Replica.PENDING) {
                    if (!(result instanceof RuntimeException)) {
                        listSession(replica.cursor().epoch());
                    }
                    return unwrap(result);
                }
                if (attempt == ATTEMPTS) {
                    throw new StateUnavailableException("unavailable", "session '" + RedisStore.keyName(id)
                            + "' was dropped or lost by Redis " + ATTEMPTS + " times while this replica sent one"
                            + " change; try again", null);
                }
            }
        } finally {
            replica.forget(loc);
        }
    }

    /** One script call for the changes of {@code batch}; its stage completes once the reply is applied or failed. */
    private CompletionStage<?> send(List<Pending> batch) {
        Replica.Cursor at = replica.cursor();
        List<String> args = new ArrayList<>(List.of(random(), Objects.requireNonNullElse(at.epoch(), ""),
                at.lastId()));
        for (Pending p : batch) {
            args.addAll(List.of(p.kind, Integer.toString(p.fields.size() + 4), "node", replica.node(), "loc",
                    Long.toString(p.loc)));
            args.addAll(p.fields);
        }
        return link.runAsync(Script.CHANGE, new String[] {keys.log(), keys.n(), keys.epoch()},
                args.toArray(String[]::new)).handle((reply, failure) -> {
                    apply(batch, at, (List<?>) reply, failure);
                    return null;
                });
    }

    /** Applies a call's reply to the replica, or fails its changes. */
    private void apply(List<Pending> batch, Replica.Cursor at, List<?> reply, Throwable failure) {
        try {
            if (failure != null) {
                RuntimeException e = link.unavailable(failure);
                batch.forEach(p -> replica.fail(p.loc, e));
            } else {
                replica.apply(at, (String) reply.get(0), LogEntry.listOf(reply.get(1)));
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> replica.fail(p.loc, e));
        }
    }

    /** A change waiting to be sent, and its thread waiting for the reply that carried it. */
    private static final class Pending {
        final String kind;
        final List<String> fields;
        final long loc;
        private final CountDownLatch answered = new CountDownLatch(1);

        Pending(String kind, List<String> fields, long loc) {
            this.kind = kind;
            this.fields = fields;
            this.loc = loc;
        }

        void answered() {
            answered.countDown();
        }

        /** Waits for the reply; the call's own timeout ({@link RedisLink#TIMEOUT}) bounds the wait. */
        void await() {
            boolean interrupted = false;
            while (true) {
                try {
                    answered.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Applies every change made through other replicas since this one's last; the session exists from now on. */
    void catchUp() {
        catchUp(true);
    }

    /**
     * Applies every change made through other replicas since this one's last, without making the session again when
     * it was dropped or lost meanwhile (this replica then starts it over).
     */
    void catchUpExisting() {
        catchUp(false);
    }

    private void catchUp(boolean make) {
        int got;
        do {
            Replica.Cursor at = replica.cursor();
            List<?> reply = (List<?>) link.run(Script.CATCH_UP, new String[] {keys.log(), keys.epoch()}, random(),
                    Objects.requireNonNullElse(at.epoch(), ""), at.lastId(), Integer.toString(CATCH_UP_PAGE),
                    make ? "1" : "0");
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
        if (!id.isEmpty() && epoch != null && !epoch.equals(listedEpoch)) {
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
