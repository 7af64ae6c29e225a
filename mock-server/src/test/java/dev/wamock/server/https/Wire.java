package dev.wamock.server.https;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the HTTPS and proxy tests share: GETs with a fake token, and raw requests to a proxy port. */
final class Wire {
    /** A default fixture: CONNECTED, GREEN, TIER_UNLIMITED. */
    static final String NUMBER = "106540352242922";
    static final String GRAPH_URL = "https://graph.facebook.com/v23.0/" + NUMBER;
    static final String TOKEN = "fake-token-1234";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Wire() {
    }

    /** GET {@code url} with the fake token through {@code client}. */
    static Reply get(HttpClient client, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code head} (request line and headers, without the blank line) to 127.0.0.1:{@code port}; reads the answer. */
    static Reply raw(int port, String head) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readAnswer(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("raw request to port " + port + " failed", e);
        }
    }

    /** The head, then a body of {@code Content-Length} bytes (a CONNECT's answer may leave the connection open). */
    private static Reply readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed after " + head.size() + " bytes of the head: " + head);
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text);
        String body = length.find()
                ? new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8)
                : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Reply(Integer.parseInt(text.substring(9, 12)), body, text + body);
    }

    record Reply(int status, String body, String raw) {
        Reply(int status, String body) {
            this(status, body, body);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return raw;
        }
    }
}
