package bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The one request every benchmark test sends, and the answer it must get (wamock's default one). */
final class Expected {
    static final String PATH = "/v23.0/106540352242922";
    static final String BODY = "{\"id\":\"106540352242922\",\"display_phone_number\":\"+1 555-010-4821\",\"status\":\"CONNECTED\"}";

    /** wamock's Graph headers for that answer, which the peers are told to send (benchmarks/stubs/ has the same). */
    static final List<Map.Entry<String, String>> HEADERS = List.of(
            Map.entry("Content-Type", "application/json;charset=utf-8"),
            Map.entry("x-fb-trace-id", "A7vZdgOBzt-Os6NigcK2dVM"),
            Map.entry("x-fb-request-id", "ADctxbLwb_WnJtBrPBMFwh_"),
            Map.entry("x-fb-rev", "1029384756"),
            Map.entry("facebook-api-version", "v23.0"),
            Map.entry("x-app-usage", "{\"call_count\":0,\"total_cputime\":0,\"total_time\":0}"),
            Map.entry("Cache-Control", "private, no-cache, no-store, must-revalidate"),
            Map.entry("Expires", "Sat, 01 Jan 2000 00:00:00 GMT"),
            Map.entry("Pragma", "no-cache"),
            Map.entry("Access-Control-Allow-Origin", "*"));

    private Expected() {
    }

    /** 1..bench.tests, one invocation (and so one server) each. */
    static IntStream indexes() {
        return IntStream.rangeClosed(1, Integer.getInteger("bench.tests", 200));
    }

    /** GET with a token on a plain HttpURLConnection (the lightest JDK client), asserting 200 and the body. */
    static void getAndCheck(String baseUrl) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(baseUrl + PATH).openConnection();
        c.setRequestProperty("Authorization", "Bearer fake-token");
        try (InputStream in = c.getInputStream()) {
            assertEquals(200, c.getResponseCode());
            assertEquals(BODY, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            c.disconnect();
        }
    }
}
