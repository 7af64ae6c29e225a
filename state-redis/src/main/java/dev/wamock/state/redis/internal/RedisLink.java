package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.engine.state.StateUnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store's two connections to Redis, both reconnecting by themselves. Decisions and other changes fail fast while
 * Redis is away (commands rejected, a 2 s timeout, a change in flight never resent: it may have landed); journal
 * entries queue while it is away (at most {@link #JOURNAL_QUEUE} per session, the rest counted as lost) and are sent
 * in order on one connection, so this replica's later journal reads see them.
 */
public final class RedisLink implements AutoCloseable {
    /** How many changes a session's log keeps at least ({@code MAXLEN ~}): a replica further behind must reset. */
    public static final int LOG_CAP = 1_000_000;
    /** How long a decision, a change or a read waits for Redis. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** How many journal entries may wait for a connection; more are dropped and counted. */
    static final int JOURNAL_QUEUE = 10_000;

    private final RedisTarget target;
    private final ClientResources resources;
    private final RedisClient decisionClient;
    private final RedisClient journalClient;
    private final StatefulRedisConnection<String, String> decisions;
    private final StatefulRedisConnection<String, String> journal;
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong sending = new AtomicLong();

    /**
     * Connects to {@code target}.
     *
     * @throws StateUnavailableException when Redis cannot be reached
     */
    public RedisLink(RedisTarget target) {
        this.target = target;
        this.resources = DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(20), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        SocketOptions socket = SocketOptions.builder().connectTimeout(TIMEOUT).build();
        this.decisionClient = RedisClient.create(resources, uri(target));
        decisionClient.setOptions(ClientOptions.builder().autoReconnect(true).socketOptions(socket)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .replayFilter(command -> true) // a change in flight when the connection broke may have landed
                .timeoutOptions(TimeoutOptions.enabled(TIMEOUT)).build());
        this.journalClient = RedisClient.create(resources, uri(target));
        journalClient.setOptions(ClientOptions.builder().autoReconnect(true).socketOptions(socket)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS).requestQueueSize(JOURNAL_QUEUE)
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(60))).build());
        try {
            this.decisions = decisionClient.connect(StringCodec.UTF8);
            this.journal = journalClient.connect(StringCodec.UTF8);
        } catch (RedisException e) {
            close();
            throw new StateUnavailableException("unavailable", "the state store at " + describe() + " is unreachable ("
                    + cause(e) + "); wamock did not start: start the store, or fix --state, and start wamock again", e);
        }
    }

    private static RedisURI uri(RedisTarget t) {
        RedisURI.Builder b = RedisURI.builder().withHost(t.host()).withPort(t.port()).withDatabase(t.database())
                .withSsl(t.tls()).withTimeout(TIMEOUT).withClientName("wamock");
        if (t.password() != null) {
            b = t.user() == null ? b.withPassword(t.password().toCharArray())
                    : b.withAuthentication(t.user(), t.password().toCharArray());
        }
        return b.build();
    }

    /** Runs {@code script} on the decision connection and waits for its reply. */
    Object run(Script script, String[] keys, String... args) {
        try {
            return runAsync(script, keys, args).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RedisException redis) {
                throw unavailable(redis);
            }
            throw e.getCause() instanceof RuntimeException other ? other : e;
        }
    }

    /** Runs a plain command on the decision connection. */
    <T> T call(java.util.function.Function<RedisCommands<String, String>, T> command) {
        try {
            return command.apply(decisions.sync());
        } catch (RedisException e) {
            throw unavailable(e);
        }
    }

    /** Sends {@code script} on the decision connection and returns its reply (failed: see {@link #unavailable}). */
    CompletableFuture<Object> runAsync(Script script, String[] keys, String... args) {
        return eval(decisions, script, keys, args);
    }

    /**
     * Sends {@code script} on the journal connection and returns its reply, failed when the command could not be
     * queued or Redis refused it; {@link #close} waits for the replies still on their way.
     */
    CompletableFuture<Object> send(Script script, String[] keys, String... args) {
        sending.incrementAndGet();
        return eval(journal, script, keys, args).whenComplete((r, e) -> sending.decrementAndGet());
    }

    /** Runs {@code script} by its SHA-1, whole when Redis does not know it (e.g. after a restart). */
    private static CompletableFuture<Object> eval(StatefulRedisConnection<String, String> connection, Script script,
            String[] keys, String... args) {
        try {
            RedisAsyncCommands<String, String> async = connection.async();
            return async.<Object>evalsha(script.sha(), script.output(), keys, args).toCompletableFuture()
                    .exceptionallyCompose(e -> e instanceof RedisNoScriptException
                            || e.getCause() instanceof RedisNoScriptException
                            ? async.<Object>eval(script.source(), script.output(), keys, args).toCompletableFuture()
                            : CompletableFuture.failedFuture(e));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Whether the journal connection is up (entries sent now land within a round trip). */
    boolean journalConnected() {
        return journal.isOpen();
    }

    /** Counts {@code n} journal entries that could not be sent. */
    void countLost(int n) {
        lost.addAndGet(n);
    }

    /** Runs a command on the journal connection, after everything this replica sent on it, and waits for its reply. */
    <T> T onJournal(java.util.function.Function<RedisAsyncCommands<String, String>, Future<T>> command) {
        Future<T> reply = null;
        try {
            reply = command.apply(journal.async());
            return reply.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        } catch (TimeoutException | RedisException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        } finally {
            if (reply != null && !reply.isDone()) {
                reply.cancel(true);
            }
        }
    }

    /** How many journal entries could not be sent (queue full, or Redis refused them). */
    long lostJournalEntries() {
        return lost.get();
    }

    /** The Redis URI without its password. */
    String describe() {
        return target.describe();
    }

    /** A failure to reach Redis, or a refusal from it, as the server answers it: a 503 with no decision of its own. */
    StateUnavailableException unavailable(Throwable e) {
        if (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        String cause = cause(e);
        if (e instanceof RedisCommandExecutionException) {
            return new StateUnavailableException("unavailable", "the state store at " + describe() + " refused a command ("
                    + cause + "); wamock answers 503 with no decision of its own; check Redis's log and memory", e);
        }
        return new StateUnavailableException("unavailable", "the state store at " + describe() + " is unreachable ("
                + cause + "); wamock answers 503 with no decision of its own until it is back; check that Redis runs and"
                + " that this replica can reach it (service resumes by itself, no restart needed)", e);
    }

    /** {@code e}'s message, and its root cause's when that is another. */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return message(e) + (root == e ? "" : ": " + message(root));
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Waits up to 2 s for the journal entries still on their way, then closes both connections. */
    @Override
    public void close() {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (sending.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        decisionClient.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        journalClient.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
