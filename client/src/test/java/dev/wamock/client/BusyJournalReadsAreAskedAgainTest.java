package dev.wamock.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server serves two journal reads at once and answers a third, after a second, 503 with
 * {@code Retry-After: 1}; the client asks again instead of failing the test (for up to its call
 * timeout of 10 s). Here two readers that stop reading hold both places until the server cuts them off.
 */
@Timeout(90)
class BusyJournalReadsAreAskedAgainTest {
    @Test
    void aJournalReadRefusedWhileTheServerIsBusyIsAskedAgainUntilItIsServed() throws Exception {
        List<RawConnection> stalled = new ArrayList<>();
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            Http http = Http.to(server);
            String pad = "x".repeat(6_000);
            for (int i = 0; i < 1_500; i++) { // about 10 MB of journal: more than the sockets buffer
                http.number("", "X-Pad", pad);
            }
            for (int i = 0; i < 2; i++) {
                RawConnection reader = RawHttp.connect(server.port(), 5_000, 4_096);
                stalled.add(reader);
                reader.write(RawHttp.request("GET", "/__wamock/journal", null));
            }
            int status = 0;
            for (int attempt = 0; attempt < 30 && status != 503; attempt++) {
                status = http.get("/__wamock/journal?limit=1").status();
            }
            assertThat(status).as("a journal read while both places are taken").isEqualTo(503);

            assertThat(WamockClient.connect(server.baseUrl()).journal().entries()).hasSize(1_500);
        } finally {
            stalled.forEach(RawConnection::close);
        }
    }
}
