package dev.wamock.server.chaos;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.ServerFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fresh server on a free port for every test, the calls that talk to it and the journal that waits for entries. */
abstract class ChaosServerTest {
    /** A default fixture of the same business account as {@link Http#NUMBER}. */
    static final String OTHER_NUMBER = "113269274970227";

    @RegisterExtension
    final ServerFixture wamock = ServerFixture.start();

    WamockServer server() {
        return wamock.server();
    }

    Http http() {
        return wamock.http();
    }

    /** The journal once it holds {@code entries} entries (a fault's entry lands once the server is done with the socket). */
    Journal journal(int entries) {
        return wamock.journal(entries);
    }

    JournalEntry onlyEntry() {
        return wamock.onlyEntry();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
