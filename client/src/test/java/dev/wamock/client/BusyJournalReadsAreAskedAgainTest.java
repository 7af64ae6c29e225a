package dev.wamock.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aJournalReadRefusedWhileTheServerIsBusyIsAskedAgainUntilItIsServed() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            String pad = "x".repeat(6_000);
            for (int i = 0; i < 1_500; i++) { // about 10 MB of journal: more than the sockets buffer
                send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v23.0/" + "106540352242922"))
                        .header("Authorization", "Bearer fake-token").header("X-Pad", pad));
            }
            for (int i = 0; i < 2; i++) {
                Socket socket = new Socket();
                stalled.add(socket);
                socket.setReceiveBufferSize(4_096);
                socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                socket.getOutputStream().write("GET /__wamock/journal HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            int status = 0;
            for (int attempt = 0; attempt < 30 && status != 503; attempt++) {
                status = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/__wamock/journal?limit=1"))).statusCode();
            }
            assertThat(status).as("a journal read while both places are taken").isEqualTo(503);

            assertThat(WamockClient.connect(server.baseUrl()).journal().entries()).hasSize(1_500);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
