package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.state.DeliveryLog;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A session's webhook attempts on Redis, made by any replica: a Stream numbered by Redis in the order attempts land
 * ({@code <seq>-1} IDs, as the journal's), the last {@value #CAPACITY} kept exactly. An attempt is sent on the journal's
 * connection, in order with this replica's journal entries, and the worker that made it waits up to
 * {@link RedisLink#TIMEOUT} for it to land; while Redis is away it waits in that connection's queue.
 */
final class RedisDeliveries implements DeliveryLog {
    private final RedisLink link;
    private final SessionKeys keys;

    RedisDeliveries(RedisLink link, SessionKeys keys) {
        this.link = link;
        this.keys = keys;
    }

    @Override
    public void add(WebhookDelivery attempt) {
        try {
            link.send(Script.JOURNAL_APPEND, new String[] {keys.deliveries(), keys.deliveriesN()},
                    Integer.toString(CAPACITY), Codec.write(attempt.withSeq(0)))
                    .get(RedisLink.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a slow one still lands; one Redis refused is not recorded (as a journal entry it refused)
        }
    }

    @Override
    public List<WebhookDelivery> after(long afterSeq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        Range<String> range = Range.from(Range.Boundary.including(Math.max(0, afterSeq) + 1 + "-0"),
                Range.Boundary.unbounded());
        List<StreamMessage<String, String>> page = link.onJournal(redis -> redis.xrange(keys.deliveries(), range,
                Limit.from(limit)));
        List<WebhookDelivery> attempts = new ArrayList<>(page.size());
        for (StreamMessage<String, String> m : page) {
            long seq = Long.parseLong(m.getId().substring(0, m.getId().indexOf('-')));
            attempts.add(Codec.readDelivery(m.getBody().get("e")).withSeq(seq));
        }
        return attempts;
    }

    @Override
    public void clear() {
        link.onJournal(redis -> redis.del(keys.deliveries(), keys.deliveriesN()));
    }
}
