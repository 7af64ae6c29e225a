package dev.wamock.client.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalSource;
import dev.wamock.scenarios.engine.Mappers;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A server's journal over {@code GET /__wamock/journal}, read with the model's own classes, so it is
 * what the in-process server returns; {@code await} asks again every 20 ms until enough has landed.
 * Internal: not part of wamock's API.
 */
public final class RemoteJournal implements JournalSource {
    private static final long POLL_MILLIS = 20;
    private final AdminHttp admin;

    /** The journal of the server {@code admin} calls. */
    public RemoteJournal(AdminHttp admin) {
        this.admin = admin;
    }

    @Override
    public Journal snapshot() {
        return Mappers.JSON.readValue(admin.send("GET", "/journal", null), Journal.class).withSource(this);
    }

    @Override
    public Journal awaitUntil(Predicate<Journal> enough, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Journal now = snapshot();
        while (!enough.test(now) && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
            now = snapshot();
        }
        return now;
    }
}
