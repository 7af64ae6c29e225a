package dev.wamock.scenarios;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Where a live {@link Journal} snapshot came from, so that {@link Journal#await} can wait for more
 * entries: the in-process server or a remote one. Implemented by wamock's servers and clients; a
 * test has no need to implement it.
 */
public interface JournalSource {
    /** A fresh snapshot of the whole journal. */
    Journal snapshot();

    /**
     * Blocks until a fresh snapshot satisfies {@code enough} or {@code timeout} passes, and returns the
     * last snapshot taken (which does not satisfy it when the time ran out).
     */
    Journal awaitUntil(Predicate<Journal> enough, Duration timeout) throws InterruptedException;
}
