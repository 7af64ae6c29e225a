package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.engine.state.JournalStore;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A session's journal on Redis: a Stream of entries numbered in the order they land ({@code <seq>-1} IDs), the
 * last {@code capacity} kept exactly, and a counter of all that landed. The request waits (up to a second, and only
 * while Redis is reachable) for its entry to land, so a journal read after an answer, on any replica, has it.
 */
final class RedisJournal implements JournalStore {
    private static final int PAGE = 500;
    private static final Duration LANDING_WAIT = Duration.ofSeconds(1);

    private final RedisLink link;
    private final SessionKeys keys;
    private final JournalAppender appender;
    private final AtomicLong tickets = new AtomicLong();

    RedisJournal(RedisLink link, SessionKeys keys, int capacity) {
        this.link = link;
        this.keys = keys;
        this.appender = new JournalAppender(link, keys, capacity);
    }

    /** A local ticket: entries are numbered when they land, not when requests arrive. */
    @Override
    public long arrive() {
        return tickets.incrementAndGet();
    }

    /** 0: the store numbers an entry when it lands. */
    @Override
    public long seqOf(long ticket) {
        return 0;
    }

    @Override
    public void record(long ticket, JournalEntry entry) {
        appender.append(Codec.write(entry), LANDING_WAIT);
    }

    @Override
    public void clear() {
        link.onJournal(redis -> redis.del(keys.journal(), keys.total()));
    }

    @Override
    public View view() {
        List<?> counts = link.onJournal(redis -> redis.<List<Object>>eval(Script.JOURNAL_COUNTS.source(),
                Script.JOURNAL_COUNTS.output(), keys.journal(), keys.total()));
        long total = (Long) counts.get(0);
        return new RedisView(total, Math.max(0, total - (Long) counts.get(1)));
    }

    @Override
    public Journal snapshot() {
        View view = view();
        List<JournalEntry> entries = new ArrayList<>();
        view.forEach(0, Long.MAX_VALUE, e -> true, entries::add);
        return new Journal(view.total(), view.dropped(), entries).withSource(this);
    }

    /** Reads a snapshot every 50 ms at most until {@code enough} holds or {@code timeout} passes. */
    @Override
    public Journal awaitUntil(Predicate<Journal> enough, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Journal now = snapshot();
        for (long left = timeout.toNanos(); !enough.test(now) && left > 0; left = deadline - System.nanoTime()) {
            Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 50)));
            now = snapshot();
        }
        return now;
    }

    /** The journal when {@link #view()} read its counts; entries landing later are not in it. */
    private final class RedisView implements View {
        private final long total;
        private final long dropped;

        RedisView(long total, long dropped) {
            this.total = total;
            this.dropped = dropped;
        }

        @Override
        public long total() {
            return total;
        }

        @Override
        public long dropped() {
            return dropped;
        }

        /** One XRANGE of one ID. */
        @Override
        public JournalEntry entry(long seq) {
            if (seq <= dropped || seq > total) {
                return null;
            }
            List<StreamMessage<String, String>> one = link.onJournal(redis -> redis.xrange(keys.journal(),
                    Range.create(seq + "-0", seq + "-1"), Limit.from(1)));
            return one.isEmpty() ? null : Codec.readEntry(one.get(0).getBody().get("e"), seq);
        }

        @Override
        public long forEach(long afterSeq, long limit, Predicate<JournalEntry> filter, Consumer<JournalEntry> visitor) {
            long visited = 0;
            long last = 0;
            long from = Math.max(afterSeq, dropped) + 1;
            while (from <= total) {
                Range<String> range = Range.create(from + "-0", total + "-1");
                List<StreamMessage<String, String>> page = link.onJournal(redis -> redis.xrange(keys.journal(), range,
                        Limit.from(PAGE)));
                for (StreamMessage<String, String> m : page) {
                    long seq = Long.parseLong(m.getId().substring(0, m.getId().indexOf('-')));
                    JournalEntry e = Codec.readEntry(m.getBody().get("e"), seq);
                    if (filter.test(e)) {
                        if (visited == limit) {
                            return last;
                        }
                        visitor.accept(e);
                        visited++;
                        last = seq;
                    }
                    from = seq + 1;
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            return 0;
        }
    }
}
