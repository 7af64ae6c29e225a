package dev.wamock.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Many stories at once on one server, each on a control of its own (a session): {@code transient-then-ok} (500, 500,
 * 200), then a rate limit of 2 calls an hour on a manual clock (200, 200, 429, and 200 once the clock is advanced an
 * hour), each with its own token; between steps every story waits until all have come that far, so their requests
 * interleave. Each control's journal must then hold exactly its story's seven requests. Shared with the
 * testcontainers module through this module's test-jar.
 */
public final class SessionStories {
    /** What each story sees, in order. */
    public static final List<Integer> STATUSES = List.of(500, 500, 200, 200, 200, 429, 200);

    private SessionStories() {
    }

    /**
     * Runs {@code count} stories on {@code count} threads, story {@code i} on {@code control.apply(i)}; fails with the
     * first story's failure.
     */
    public static void runAtOnce(int count, IntFunction<WamockControl> control) throws Exception {
        CyclicBarrier allHere = new CyclicBarrier(count);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<?>> stories = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                int n = i;
                stories.add(threads.submit(() -> {
                    run(n, control.apply(n), allHere);
                    return null;
                }));
            }
            for (Future<?> story : stories) {
                try {
                    story.get(2, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error; // an AssertionError: the story's own failure
                    }
                    throw e.getCause() instanceof Exception x ? x : e;
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Story {@code n} on {@code wamock}: starts its scenario, then waits at {@code allHere} (one place per story)
     * before each step; fails unless it saw {@link #STATUSES} and its journal holds its seven requests alone.
     */
    public static void run(int n, WamockControl wamock, CyclicBarrier allHere) throws Exception {
        String token = "fake-token-" + (1000 + n);
        wamock.reset();
        wamock.use("transient-then-ok");
        allHere.await(60, TimeUnit.SECONDS);
        List<Integer> statuses = new ArrayList<>();
        statuses.add(get(wamock, token));
        statuses.add(get(wamock, token));
        allHere.await(60, TimeUnit.SECONDS);
        statuses.add(get(wamock, token));

        wamock.use(Scenario.of("quota", Step.rateLimit(Answer.RateLimit.calls(2).per(Duration.ofHours(1)))));
        wamock.clock().manual();
        statuses.add(get(wamock, token));
        statuses.add(get(wamock, token));
        allHere.await(60, TimeUnit.SECONDS);
        statuses.add(get(wamock, token));
        wamock.clock().advance(Duration.ofHours(1));
        statuses.add(get(wamock, token));
        allHere.await(60, TimeUnit.SECONDS);

        assertThat(statuses).as("story %d", n).isEqualTo(STATUSES);
        assertThat(wamock.journal().entries()).as("journal of story %d", n)
                .extracting(JournalEntry::token).containsOnly("…" + (1000 + n)).hasSize(STATUSES.size());
    }

    private static int get(WamockControl wamock, String token) {
        return Http.to(wamock).withToken(token).number().status();
    }
}
