package dev.wamock.server.reliability;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests hammering the port while the server starts and while it closes get a whole answer or none, and the
 * journal holds exactly the answered ones ({@link StormAttacks}). How slow a normal client got meanwhile is
 * judged by the stress suite only ({@link HostileSuiteTest}).
 */
@Timeout(120)
class StormTest {
    @TempDir
    Path dir;

    @Test
    void requestsHammeringThePortWhileTheServerStartsAreRefusedOrAnsweredWhole() throws Exception {
        StormAttacks.whileStarting(dir);
    }

    @Test
    void requestsInFlightWhileTheServerClosesAreAnsweredWholeOrNeverReceived() throws Exception {
        StormAttacks.whileClosing(dir);
    }
}
