package dev.wamock.state.redis.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lands a session's journal entries in the order they are recorded, many per script call: one call is on its way at
 * a time and carries every entry recorded meanwhile (group commit), so under load Redis runs one script per batch
 * rather than per request. At most {@link RedisLink#JOURNAL_QUEUE} entries wait; more are counted as lost.
 */
final class JournalAppender {
    private static final int MAX_BATCH = 256;

    private final RedisLink link;
    private final String[] keys;
    private final String capacity;
    private final AtomicInteger queued = new AtomicInteger();
    private final GroupCommit<Waiting> commit = new GroupCommit<>(MAX_BATCH, this::send, batch -> { });

    JournalAppender(RedisLink link, SessionKeys keys, int capacity) {
        this.link = link;
        this.keys = new String[] {keys.journal(), keys.total()};
        this.capacity = Integer.toString(capacity);
    }

    /**
     * Queues {@code json} to land after every entry queued before it. While Redis is reachable, waits up to
     * {@code wait} for it to land, so that once the answer is out a journal read on any replica has it (as the
     * in-memory journal has it); while Redis is away, the entry waits in the queue and the request does not.
     */
    void append(String json, Duration wait) {
        if (queued.incrementAndGet() > RedisLink.JOURNAL_QUEUE) {
            queued.decrementAndGet();
            link.countLost(1);
            return;
        }
        Waiting entry = new Waiting(json);
        commit.add(entry);
        if (!link.journalConnected()) {
            return;
        }
        try {
            entry.landed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // counted as lost when it failed; a slow one still lands
        }
    }

    /** One script call for the batch; its entries' waits end when it is answered. */
    private CompletionStage<?> send(List<Waiting> batch) {
        queued.addAndGet(-batch.size());
        List<String> args = new ArrayList<>(batch.size() + 1);
        args.add(capacity);
        batch.forEach(w -> args.add(w.json));
        return link.send(Script.JOURNAL_APPEND, keys, args.toArray(String[]::new)).whenComplete((reply, failure) -> {
            if (failure != null) {
                link.countLost(batch.size());
            }
            batch.forEach(w -> w.landed.complete(failure == null));
        });
    }

    /** An entry waiting to be sent; {@code landed} completes when its call is answered. */
    private static final class Waiting {
        final String json;
        final CompletableFuture<Boolean> landed = new CompletableFuture<>();

        Waiting(String json) {
            this.json = json;
        }
    }
}
