package bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

/** The one request every benchmark test sends, and the answer it must get (wamock's default one). */
final class Expected {
    static final String PATH = "/v23.0/106540352242922";
    static final String BODY = "{\"id\":\"106540352242922\",\"display_phone_number\":\"+1 555-010-4821\",\"status\":\"CONNECTED\"}";

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
